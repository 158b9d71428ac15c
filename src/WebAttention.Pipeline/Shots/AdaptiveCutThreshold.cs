namespace WebAttention.Pipeline.Shots;

/// <summary>
/// The pure decision rule of <see cref="AdaptiveCutDetector"/>: a frame is a cut when its distance to
/// the previous frame stands out from the shot's recent distances and the shot is long enough.
/// </summary>
public static class AdaptiveCutThreshold
{
    /// <summary>
    /// Threshold for the next distance: max(MinDistance, mean + Sensitivity × standard deviation of
    /// <paramref name="recentDistances"/>); just MinDistance while fewer than two distances are known.
    /// </summary>
    public static double Threshold(ReadOnlySpan<double> recentDistances, HistogramCutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (recentDistances.Length < 2)
        {
            return options.MinDistance;
        }

        double mean = 0;
        foreach (var d in recentDistances)
        {
            mean += d;
        }

        mean /= recentDistances.Length;
        double variance = 0;
        foreach (var d in recentDistances)
        {
            variance += (d - mean) * (d - mean);
        }

        var std = Math.Sqrt(variance / recentDistances.Length);
        return Math.Max(options.MinDistance, mean + (options.Sensitivity * std));
    }

    /// <summary>Whether a frame at <paramref name="distance"/> from its predecessor starts a new shot.</summary>
    /// <param name="distance">Histogram distance to the previous frame.</param>
    /// <param name="recentDistances">Recent distances within the current shot (the window), in any order.</param>
    /// <param name="framesSinceCut">Frames of the current shot so far (before this frame).</param>
    /// <param name="options">Thresholds.</param>
    public static bool IsCut(double distance, ReadOnlySpan<double> recentDistances, long framesSinceCut, HistogramCutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return framesSinceCut >= options.MinShotFrames && distance > Threshold(recentDistances, options);
    }
}
