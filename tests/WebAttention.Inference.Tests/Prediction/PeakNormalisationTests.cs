using WebAttention.Inference.Prediction;

namespace WebAttention.Inference.Tests.Prediction;

public class PeakNormalisationTests
{
    [Fact]
    public void The_peak_becomes_one_and_ratios_are_kept()
    {
        float[] output = new float[3];

        PeakNormalisation.Apply([1f, 4f, 2f], output);

        Assert.Equal([0.25f, 1f, 0.5f], output);
    }

    [Fact]
    public void Negatives_and_nan_become_zero()
    {
        float[] output = new float[3];

        PeakNormalisation.Apply([-1f, float.NaN, 2f], output);

        Assert.Equal([0f, 0f, 1f], output);
    }

    [Fact]
    public void An_all_zero_map_stays_zero()
    {
        float[] output = [9f, 9f];

        PeakNormalisation.Apply([0f, 0f], output);

        Assert.Equal([0f, 0f], output);
    }
}
