namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// Shuffled AUC (Zhang et al. 2008, Borji et al. 2013; Bylinskii et al. 2019, §3.2.2): negatives are
    /// fixations from other images of the same data set, which cancels centre bias. The map is min-max
    /// normalised; for each of <paramref name="splits"/> random draws of as many distinct negative pixels as
    /// there are fixated pixels (all of them when fewer), thresholds sweep from the largest value down to 0
    /// in steps of <paramref name="stepSize"/>, true positives are fixated pixels at or above the threshold,
    /// false positives the drawn negatives at or above it, and the trapezoidal ROC area is taken; the score
    /// is the mean over the draws. 0.5 is chance (or pure centre bias), 1 is perfect.
    /// </summary>
    /// <param name="map">Saliency map.</param>
    /// <param name="width">Grid width.</param>
    /// <param name="height">Grid height.</param>
    /// <param name="fixations">Fixations on this image.</param>
    /// <param name="otherFixations">Fixations of other images of the set, on this grid (the benchmark uses ~10 images).</param>
    /// <param name="splits">Random draws of negatives (benchmark default 100).</param>
    /// <param name="stepSize">Threshold step (benchmark default 0.1).</param>
    /// <param name="seed">Seed of the draws, so scores are reproducible.</param>
    /// <returns>The score; NaN without fixations, without negatives, or for a constant map.</returns>
    public static double AucShuffled(
        ReadOnlySpan<float> map,
        int width,
        int height,
        IReadOnlyList<FixationPoint> fixations,
        IReadOnlyList<FixationPoint> otherFixations,
        int splits = 100,
        double stepSize = 0.1,
        int seed = 0)
    {
        MapGrid.Check(map, width, height, nameof(map));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(splits);
        if (!(stepSize > 0 && stepSize <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "Must be in (0, 1].");
        }

        var positives = MapGrid.DistinctPixels(fixations, width, height, nameof(fixations));
        var negatives = MapGrid.DistinctPixels(otherFixations, width, height, nameof(otherFixations));
        var values = MapGrid.ToDouble(map);
        if (positives.Length == 0 || negatives.Length == 0 || !MapGrid.TryMinMax(values))
        {
            return double.NaN;
        }

        var atFixations = new double[positives.Length];
        for (var i = 0; i < positives.Length; i++)
        {
            atFixations[i] = values[positives[i]];
        }

        var drawn = Math.Min(positives.Length, negatives.Length);
        var atNegatives = new double[drawn];
        var random = new Random(seed);
        double total = 0;
        for (var s = 0; s < splits; s++)
        {
            random.Shuffle(negatives);
            for (var i = 0; i < drawn; i++)
            {
                atNegatives[i] = values[negatives[i]];
            }

            total += RocArea(atFixations, atNegatives, stepSize);
        }

        return total / splits;
    }

    private static double RocArea(double[] positives, double[] negatives, double stepSize)
    {
        var max = Math.Max(positives.Max(), negatives.Max());
        var steps = (int)Math.Floor((max / stepSize) + 1e-9);
        var tp = new double[steps + 3];
        var fp = new double[steps + 3];
        tp[^1] = 1;
        fp[^1] = 1;
        for (var i = 0; i <= steps; i++)
        {
            var threshold = (steps - i) * stepSize;
            tp[i + 1] = (double)positives.Count(v => v >= threshold) / positives.Length;
            fp[i + 1] = (double)negatives.Count(v => v >= threshold) / negatives.Length;
        }

        return MapGrid.Trapezoid(fp, tp);
    }
}
