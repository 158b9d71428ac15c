using WebAttention.Inference.Readout;

namespace WebAttention.Training.Tests.Support;

/// <summary>Seeded random readout parameters and features for math tests.</summary>
public static class RandomReadouts
{
    public static ReadoutParameters Parameters(int channels, int hidden, int priorRows, int priorCols, float sigma, int seed)
    {
        var random = new Random(seed);
        var mean = Uniform(random, channels, -0.5f, 0.5f);
        var scale = Uniform(random, channels, 0.5f, 2f);
        var values = Uniform(random, ReadoutParameters.CountFor(channels, hidden, priorRows, priorCols), -1f, 1f);
        return new ReadoutParameters(channels, hidden, priorRows, priorCols, sigma, mean, scale, values);
    }

    public static float[] Uniform(Random random, int count, float low, float high) =>
        Enumerable.Range(0, count).Select(_ => low + ((high - low) * random.NextSingle())).ToArray();
}
