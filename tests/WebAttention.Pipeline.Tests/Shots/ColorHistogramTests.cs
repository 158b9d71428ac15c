using WebAttention.Pipeline.Shots;

namespace WebAttention.Pipeline.Tests.Shots;

public class ColorHistogramTests
{
    [Fact]
    public void Each_pixel_lands_in_its_joint_bin_and_the_histogram_sums_to_1()
    {
        var histogram = new float[ColorHistogram.Length(2)];

        ColorHistogram.Compute([0, 0, 0, 255, 255, 255, 255, 0, 0, 10, 20, 30], 2, histogram);

        // Bin (r, g, b) = (r × 2 + g) × 2 + b with bins [0, 128) and [128, 256).
        Assert.Equal([0.5f, 0, 0, 0, 0.25f, 0, 0, 0.25f], histogram);
    }

    [Fact]
    public void Distance_is_0_for_identical_and_1_for_disjoint_colours()
    {
        float[] red = [1, 0, 0, 0];
        float[] blue = [0, 0, 0, 1];
        float[] half = [0.5f, 0, 0, 0.5f];

        Assert.Equal(0, ColorHistogram.Distance(red, red));
        Assert.Equal(1, ColorHistogram.Distance(red, blue));
        Assert.Equal(0.5, ColorHistogram.Distance(red, half), 6);
    }
}
