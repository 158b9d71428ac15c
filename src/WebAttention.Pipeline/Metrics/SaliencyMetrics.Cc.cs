namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// Pearson's linear correlation coefficient between a saliency map and a fixation density map
    /// (Bylinskii et al. 2019, §3.3.2), in [−1, 1]; 1 is a perfect linear match. Symmetric.
    /// </summary>
    /// <returns>The score; NaN when either map is constant.</returns>
    public static double Cc(ReadOnlySpan<float> map, ReadOnlySpan<float> fixationDensity, int width, int height)
    {
        MapGrid.Check(map, width, height, nameof(map));
        MapGrid.Check(fixationDensity, width, height, nameof(fixationDensity));
        var a = MapGrid.ToDouble(map);
        var b = MapGrid.ToDouble(fixationDensity);
        var meanA = MapGrid.Mean(a);
        var meanB = MapGrid.Mean(b);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var da = a[i] - meanA;
            var db = b[i] - meanB;
            ab += da * db;
            aa += da * da;
            bb += db * db;
        }

        var denominator = Math.Sqrt(aa * bb);
        return denominator > 0 ? Math.Clamp(ab / denominator, -1, 1) : double.NaN;
    }
}
