namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// Kullback-Leibler divergence of the fixation density Q from the saliency map P
    /// (Bylinskii et al. 2019, §3.3.3): both are divided by their sums (an all-zero map stays zero), then
    /// KL = Σ Qᵢ ln(ε + Qᵢ / (Pᵢ + ε)) with ε = <see cref="Epsilon"/>, the benchmark's convention.
    /// 0 for identical distributions; lower is better; not symmetric.
    /// </summary>
    /// <param name="map">The saliency map P (the prediction).</param>
    /// <param name="fixationDensity">The ground-truth fixation density Q.</param>
    /// <param name="width">Grid width.</param>
    /// <param name="height">Grid height.</param>
    public static double Kld(ReadOnlySpan<float> map, ReadOnlySpan<float> fixationDensity, int width, int height)
    {
        MapGrid.Check(map, width, height, nameof(map));
        MapGrid.Check(fixationDensity, width, height, nameof(fixationDensity));
        var p = MapGrid.ToDouble(map);
        var q = MapGrid.ToDouble(fixationDensity);
        MapGrid.SumNormalizeIfAny(p);
        MapGrid.SumNormalizeIfAny(q);
        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            sum += q[i] * Math.Log(Epsilon + (q[i] / (p[i] + Epsilon)));
        }

        return sum;
    }
}
