using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class MapResamplerTests
{
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
}
