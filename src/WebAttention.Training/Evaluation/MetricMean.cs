namespace WebAttention.Training.Evaluation;

/// <summary>Per-metric means that skip NaN (a metric undefined on one image does not spoil the average). Pure.</summary>
public static class MetricMean
{
    /// <summary>Mean of each metric over <paramref name="scores"/>; NaN for a metric defined nowhere.</summary>
    public static MetricScores Of(IEnumerable<MetricScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sums = new double[6];
        var counts = new int[6];
        foreach (var s in scores)
        {
            var values = s.Values;
            for (var i = 0; i < 6; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    sums[i] += values[i];
                    counts[i]++;
                }
            }
        }

        double M(int i) => counts[i] > 0 ? sums[i] / counts[i] : double.NaN;
        return new MetricScores(M(0), M(1), M(2), M(3), M(4), M(5));
    }
}
