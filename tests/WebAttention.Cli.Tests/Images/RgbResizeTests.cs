using WebAttention.Cli.Images;
using WebAttention.Core.Media;

namespace WebAttention.Cli.Tests.Images;

public sealed class RgbResizeTests
{
    [Fact]
    public void A_constant_image_stays_constant_at_any_size()
    {
        var rgb = Enumerable.Range(0, 7 * 5).SelectMany(_ => new byte[] { 10, 200, 77 }).ToArray();

        var resized = RgbResize.Bilinear(rgb, new FrameSize(7, 5), new FrameSize(32, 64));

        Assert.Equal(32 * 64 * 3, resized.Length);
        Assert.All(resized.Chunk(3), p => Assert.Equal(new byte[] { 10, 200, 77 }, p));
    }

    [Fact]
    public void Doubling_a_two_pixel_ramp_interpolates_between_the_pixel_centres()
    {
        byte[] rgb = [0, 0, 0, 200, 100, 40];

        var resized = RgbResize.Bilinear(rgb, new FrameSize(2, 1), new FrameSize(4, 1));

        // Half-pixel centres: targets at source x = -0.25 (clamped 0), 0.25, 0.75, 1.25 (clamped 1).
        Assert.Equal(new byte[] { 0, 0, 0, 50, 25, 10, 150, 75, 30, 200, 100, 40 }, resized);
    }

    [Fact]
    public void Same_size_copies()
    {
        byte[] rgb = [1, 2, 3, 4, 5, 6];

        var resized = RgbResize.Bilinear(rgb, new FrameSize(2, 1), new FrameSize(2, 1));

        Assert.Equal(rgb, resized);
        Assert.NotSame(rgb, resized);
    }

    [Fact]
    public void A_buffer_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RgbResize.Bilinear(new byte[5], new FrameSize(2, 1), new FrameSize(4, 4)));
    }
}
