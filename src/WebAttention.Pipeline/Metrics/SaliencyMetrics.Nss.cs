namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// Normalized Scanpath Saliency (Peters et al. 2005; Bylinskii et al. 2019, §3.2.3): the mean, over fixated
    /// pixels, of the map standardised to zero mean and unit (sample) standard deviation. 0 is chance; higher is better.
    /// </summary>
    /// <returns>The score; NaN without fixations or for a constant map.</returns>
    public static double Nss(ReadOnlySpan<float> map, int width, int height, IReadOnlyList<FixationPoint> fixations)
    {
        MapGrid.Check(map, width, height, nameof(map));
        var pixels = MapGrid.DistinctPixels(fixations, width, height, nameof(fixations));
        var values = MapGrid.ToDouble(map);
        var mean = MapGrid.Mean(values);
        var std = MapGrid.SampleStd(values, mean);
        if (pixels.Length == 0 || !(std > 0))
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var p in pixels)
        {
            sum += (values[p] - mean) / std;
        }

        return sum / pixels.Length;
    }
}
