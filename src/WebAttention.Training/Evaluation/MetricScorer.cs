using WebAttention.Pipeline.Metrics;

namespace WebAttention.Training.Evaluation;

/// <summary>Scores one map against ground truth on the same grid with <see cref="SaliencyMetrics"/>. Pure.</summary>
public static class MetricScorer
{
    /// <summary>All six metrics of <paramref name="map"/>.</summary>
    /// <param name="map">The predicted map, width × height.</param>
    /// <param name="width">Grid width.</param>
    /// <param name="height">Grid height.</param>
    /// <param name="fixations">Fixated pixels (NSS, AUC-Judd, sAUC positives).</param>
    /// <param name="density">Fixation density of the same fixations (CC, SIM, KLD).</param>
    /// <param name="negatives">Fixations of other images (sAUC negatives).</param>
    public static MetricScores Score(
        ReadOnlySpan<float> map, int width, int height, IReadOnlyList<FixationPoint> fixations, ReadOnlySpan<float> density, IReadOnlyList<FixationPoint> negatives) =>
        new(
            SaliencyMetrics.Nss(map, width, height, fixations),
            SaliencyMetrics.Cc(map, density, width, height),
            SaliencyMetrics.Sim(map, density, width, height),
            SaliencyMetrics.Kld(map, density, width, height),
            SaliencyMetrics.AucJudd(map, width, height, fixations),
            SaliencyMetrics.AucShuffled(map, width, height, fixations, negatives));
}
