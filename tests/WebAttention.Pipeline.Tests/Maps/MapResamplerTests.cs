using WebAttention.Core.Media;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class MapResamplerTests
{
    // Half-pixel centres: doubling 2 → 4 samples the source at x = −0.25, 0.25, 0.75, 1.25, clamped to 0, 0.25, 0.75, 1.

    [Fact]
    public void Upsampling_two_pixels_to_four_interpolates_between_pixel_centres()
    {
        var result = new float[4];

        MapResampler.ResizeBilinear([0f, 1f], 2, 1, result, 4, 1);

        Assert.Equal([0f, 0.25f, 0.75f, 1f], result);
    }

    [Fact]
    public void Same_size_copies_and_a_constant_map_stays_constant()
    {
        float[] source = [1, 2, 3, 4, 5, 6];
        var same = new float[6];
        var constant = new float[35];

        MapResampler.ResizeBilinear(source, 3, 2, same, 3, 2);
        MapResampler.ResizeBilinear([7f, 7f, 7f, 7f], 2, 2, constant, 7, 5);

        Assert.Equal(source, same);
        Assert.All(constant, v => Assert.Equal(7f, v));
    }

    [Fact]
    public void Bytes_same_size_is_a_copy()
    {
        byte[] map = [1, 2, 3, 4];

        var result = MapResampler.Bilinear(map, new FrameSize(2, 2), new FrameSize(2, 2), channels: 1);

        Assert.Equal(map, result);
        Assert.NotSame(map, result);
    }

    [Fact]
    public void Bytes_a_flat_image_stays_flat_at_any_size()
    {
        var grey = Enumerable.Repeat((byte)77, 12 * 7).ToArray();
        var rgb = Enumerable.Range(0, 7 * 5).SelectMany(_ => new byte[] { 10, 200, 77 }).ToArray();

        Assert.All(MapResampler.Bilinear(grey, new FrameSize(12, 7), new FrameSize(31, 19), 1), v => Assert.Equal(77, v));
        var resized = MapResampler.Bilinear(rgb, new FrameSize(7, 5), new FrameSize(32, 64), 3);
        Assert.Equal(32 * 64 * 3, resized.Length);
        Assert.All(resized.Chunk(3), p => Assert.Equal(new byte[] { 10, 200, 77 }, p));
    }

    [Fact]
    public void Bytes_doubling_two_pixels_interpolates_between_centres_and_clamps_at_edges()
    {
        Assert.Equal([0, 50, 150, 200], MapResampler.Bilinear([0, 200], new FrameSize(2, 1), new FrameSize(4, 1), 1));
    }

    [Fact]
    public void Rgb_channels_are_interpolated_each_on_its_own()
    {
        byte[] rgb = [0, 0, 0, 200, 100, 40];

        var resized = MapResampler.Bilinear(rgb, new FrameSize(2, 1), new FrameSize(4, 1), 3);

        // Weights 0, ¼, ¾, 1 of the second pixel: 200 → 0, 50, 150, 200; 100 → 0, 25, 75, 100; 40 → 0, 10, 30, 40.
        Assert.Equal(new byte[] { 0, 0, 0, 50, 25, 10, 150, 75, 30, 200, 100, 40 }, resized);
    }

    [Fact]
    public void Bytes_halving_averages_neighbour_pairs_and_rounds_to_nearest()
    {
        // Centres at source x = 0.5 and 2.5: (0 + 100) / 2 = 50, (200 + 255) / 2 = 227.5 → 228.
        Assert.Equal([50, 228], MapResampler.Bilinear([0, 100, 200, 255], new FrameSize(4, 1), new FrameSize(2, 1), 1));
    }

    [Fact]
    public void Bytes_vertical_and_horizontal_mix_bilinearly()
    {
        // 2×2 → 4×4: the inner 2×2 block samples at 0.25/0.75 in both directions.
        var result = MapResampler.Bilinear([0, 100, 100, 200], new FrameSize(2, 2), new FrameSize(4, 4), 1);

        Assert.Equal(50, result[(1 * 4) + 1]);   // ¾·¾·0 + 2·(¾·¼·100) + ¼·¼·200 = 37.5 + 12.5
        Assert.Equal(100, result[(1 * 4) + 2]);
        Assert.Equal(150, result[(2 * 4) + 2]);
        Assert.Equal(0, result[0]);
        Assert.Equal(200, result[15]);
    }

    [Fact]
    public void Area_average_weighs_partly_covered_pixels_by_the_part_covered()
    {
        // 3 → 2: output 0 covers [0, 1.5): 0 whole and half of 100 → 50 / 1.5 = 33.3 → 33;
        // output 1 covers [1.5, 3): half of 100 and 200 whole → 250 / 1.5 = 166.7 → 167.
        Assert.Equal([33, 167], MapResampler.AreaAverage([0, 100, 200], new FrameSize(3, 1), new FrameSize(2, 1), 1));
    }

    [Fact]
    public void Area_average_of_rgb_averages_each_channel_over_the_covered_block()
    {
        // 4×2 → 2×1: output 0 covers columns 0–1 of both rows: red 0, 10, 40, 50 → 25; output 1: 20, 30, 60, 70 → 45.
        var rgb = Enumerable.Range(0, 8).SelectMany(i => new byte[] { (byte)(i * 10), 0, 255 }).ToArray();

        Assert.Equal(new byte[] { 25, 0, 255, 45, 0, 255 }, MapResampler.AreaAverage(rgb, new FrameSize(4, 2), new FrameSize(2, 1), 3));
    }

    [Fact]
    public void A_buffer_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MapResampler.Bilinear(new byte[5], new FrameSize(2, 2), new FrameSize(4, 4), 1));
        Assert.Throws<ArgumentException>(() => MapResampler.Bilinear(new byte[5], new FrameSize(2, 1), new FrameSize(4, 4), 3));
        Assert.Throws<ArgumentException>(() => MapResampler.AreaAverage(new byte[5], new FrameSize(2, 1), new FrameSize(1, 1), 3));
    }
}
