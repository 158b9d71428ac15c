using WebAttention.Training.Evaluation;

namespace WebAttention.Training.Tests.Evaluation;

public sealed class MetricMeanTests
{
    [Fact]
    public void Means_skip_undefined_scores_per_metric()
    {
        var mean = MetricMean.Of([new MetricScores(1, 0.2, double.NaN, 1, 0.8, 0.6), new MetricScores(3, 0.4, 0.5, double.NaN, 0.6, 0.7)]);

        Assert.Equal(new MetricScores(2, 0.30000000000000004, 0.5, 1, 0.7, 0.64999999999999991), mean);
    }

    [Fact]
    public void A_metric_defined_nowhere_stays_undefined()
    {
        Assert.True(double.IsNaN(MetricMean.Of([]).Nss));
    }
}
