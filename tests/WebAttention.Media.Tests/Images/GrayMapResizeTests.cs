using WebAttention.Core.Media;
using WebAttention.Media.Images;

namespace WebAttention.Media.Tests.Images;

public class GrayMapResizeTests
{
    [Fact]
    public void Same_size_is_a_copy()
    {
        byte[] map = [1, 2, 3, 4];

        var result = GrayMapResize.Bilinear(map, new FrameSize(2, 2), new FrameSize(2, 2));

        Assert.Equal(map, result);
        Assert.NotSame(map, result);
    }

    [Fact]
    public void A_flat_map_stays_flat_at_any_size()
    {
        var map = Enumerable.Repeat((byte)77, 12 * 7).ToArray();

        Assert.All(GrayMapResize.Bilinear(map, new FrameSize(12, 7), new FrameSize(31, 19)), v => Assert.Equal(77, v));
    }

    [Fact]
    public void Doubling_two_pixels_interpolates_between_centres_and_clamps_at_edges()
    {
        // Target centres map to source x = -0.25, 0.25, 0.75, 1.25 → clamped 0, 0.25, 0.75, 1.
        var result = GrayMapResize.Bilinear([0, 200], new FrameSize(2, 1), new FrameSize(4, 1));

        Assert.Equal([0, 50, 150, 200], result);
    }

    [Fact]
    public void Halving_averages_neighbour_pairs()
    {
        var result = GrayMapResize.Bilinear([0, 100, 200, 255], new FrameSize(4, 1), new FrameSize(2, 1));

        Assert.Equal([50, 228], result);
    }

    [Fact]
    public void Vertical_and_horizontal_mix_bilinearly()
    {
        // 2x2 → 4x4: the inner 2x2 block samples at 0.25/0.75 in both directions.
        var result = GrayMapResize.Bilinear([0, 100, 100, 200], new FrameSize(2, 2), new FrameSize(4, 4));

        Assert.Equal(50, result[(1 * 4) + 1]);
        Assert.Equal(100, result[(1 * 4) + 2]);
        Assert.Equal(150, result[(2 * 4) + 2]);
        Assert.Equal(0, result[0]);
        Assert.Equal(200, result[15]);
    }

    [Fact]
    public void A_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => GrayMapResize.Bilinear(new byte[5], new FrameSize(2, 2), new FrameSize(4, 4)));
    }
}
