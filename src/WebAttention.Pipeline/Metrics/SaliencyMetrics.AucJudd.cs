namespace WebAttention.Pipeline.Metrics;

public static partial class SaliencyMetrics
{
    /// <summary>
    /// AUC-Judd (Judd et al. 2009; Bylinskii et al. 2019, §3.2.1): the map is (optionally) jittered by
    /// uniform noise in [0, 10⁻⁷) to break ties, min-max normalised, and thresholded at each fixated pixel's
    /// value in turn; true positives are the fixated pixels at or above the threshold over all fixated pixels,
    /// false positives the other pixels at or above it over all non-fixated pixels; the score is the
    /// trapezoidal area under that ROC curve from (0, 0) to (1, 1). 0.5 is chance, 1 is perfect.
    /// </summary>
    /// <param name="map">Saliency map.</param>
    /// <param name="width">Grid width.</param>
    /// <param name="height">Grid height.</param>
    /// <param name="fixations">Fixations on this image.</param>
    /// <param name="jitter">Add the benchmark's tie-breaking noise (its default).</param>
    /// <param name="seed">Seed of the noise, so scores are reproducible.</param>
    /// <returns>The score; NaN without fixations, when every pixel is fixated, or for a constant map without jitter.</returns>
    public static double AucJudd(
        ReadOnlySpan<float> map, int width, int height, IReadOnlyList<FixationPoint> fixations, bool jitter = true, int seed = 0)
    {
        MapGrid.Check(map, width, height, nameof(map));
        var pixels = MapGrid.DistinctPixels(fixations, width, height, nameof(fixations));
        var values = MapGrid.ToDouble(map);
        if (jitter)
        {
            var random = new Random(seed);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += random.NextDouble() / 1e7;
            }
        }

        var fixationCount = pixels.Length;
        var pixelCount = values.Length;
        if (fixationCount == 0 || fixationCount == pixelCount || !MapGrid.TryMinMax(values))
        {
            return double.NaN;
        }

        var thresholds = new double[fixationCount];
        for (var i = 0; i < fixationCount; i++)
        {
            thresholds[i] = values[pixels[i]];
        }

        Array.Sort(thresholds);
        Array.Reverse(thresholds);
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);

        var tp = new double[fixationCount + 2];
        var fp = new double[fixationCount + 2];
        tp[^1] = 1;
        fp[^1] = 1;
        for (var i = 1; i <= fixationCount; i++)
        {
            var atOrAbove = pixelCount - LowerBound(sorted, thresholds[i - 1]);
            tp[i] = (double)i / fixationCount;
            fp[i] = (double)(atOrAbove - i) / (pixelCount - fixationCount);
        }

        return MapGrid.Trapezoid(fp, tp);
    }

    // First index whose value is >= threshold in an ascending array.
    private static int LowerBound(double[] ascending, double threshold)
    {
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (ascending[mid] < threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
