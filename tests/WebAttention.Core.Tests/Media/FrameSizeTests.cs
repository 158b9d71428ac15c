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
}
