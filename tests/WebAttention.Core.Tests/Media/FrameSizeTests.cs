using WebAttention.Core.Media;

namespace WebAttention.Core.Tests.Media;

public sealed class FrameSizeTests
{
    [Theory]
    [InlineData(1920, 1080, 384, 32, 384, 224)]
    [InlineData(1080, 1920, 384, 32, 224, 384)]
    [InlineData(640, 480, 256, 32, 256, 192)]
    [InlineData(800, 600, 192, 32, 192, 128)] // 144 px is a tie between 128 and 160: rounds to even
    public void FitWithin_scales_the_long_side_and_rounds_to_the_stride(int w, int h, int longSide, int multiple, int ew, int eh)
    {
        Assert.Equal(new FrameSize(ew, eh), new FrameSize(w, h).FitWithin(longSide, multiple));
    }

    [Fact]
    public void FitWithin_never_returns_a_zero_side_for_extreme_strips()
    {
        var size = new FrameSize(4097, 3).FitWithin(384, 32);

        Assert.Equal(384, size.Width);
        Assert.Equal(32, size.Height);
    }

    [Fact]
    public void FitWithin_refuses_a_long_side_below_the_stride()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameSize(640, 480).FitWithin(16, 32));
    }

    [Fact]
    public void Area_and_text_form()
    {
        var size = new FrameSize(720, 576);

        Assert.Equal(414_720, size.Area);
        Assert.Equal("720x576", size.ToString());
    }

    [Theory]
    [InlineData(720, 576, 16.0 / 15, 768, 576)] // PAL 4:3
    [InlineData(720, 576, 64.0 / 45, 1024, 576)] // PAL 16:9
    [InlineData(720, 480, 8.0 / 9, 640, 480)] // NTSC 4:3
    [InlineData(1440, 1080, 4.0 / 3, 1920, 1080)] // HDV
    [InlineData(320, 180, 1.0, 320, 180)]
    [InlineData(320, 180, 0.0, 320, 180)] // unknown: square
    [InlineData(320, 180, double.NaN, 320, 180)]
    public void Non_square_pixels_widen_to_the_display_size(int width, int height, double sampleAspect, int displayWidth, int displayHeight)
    {
        Assert.Equal(new FrameSize(displayWidth, displayHeight), new FrameSize(width, height).ToSquarePixels(sampleAspect));
    }
}
