using WebAttention.Core.Media;

namespace WebAttention.Core.Tests.Media;

public class FrameSizeTests
{
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
