namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// Similarity, or histogram intersection (Bylinskii et al. 2019, §3.3.1): each map is min-max
    /// normalised to [0, 1] and then divided by its sum (an all-zero map stays zero), and the score is
    /// Σ min(P, Q), in [0, 1]; 1 for identical distributions. Symmetric.
    /// </summary>
    /// <returns>The score; NaN when a map is constant but not zero.</returns>
    public static double Sim(ReadOnlySpan<float> map, ReadOnlySpan<float> fixationDensity, int width, int height)
    {
        MapGrid.Check(map, width, height, nameof(map));
        MapGrid.Check(fixationDensity, width, height, nameof(fixationDensity));
        var p = MapGrid.ToDouble(map);
        var q = MapGrid.ToDouble(fixationDensity);
        if (!TryDistribution(p) || !TryDistribution(q))
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            sum += Math.Min(p[i], q[i]);
        }

        return sum;
    }

    private static bool TryDistribution(double[] values)
    {
        if (Array.TrueForAll(values, v => v == 0))
        {
            return true;
        }

        if (!MapGrid.TryMinMax(values))
        {
            return false;
        }

        MapGrid.SumNormalizeIfAny(values);
        return true;
    }
}
