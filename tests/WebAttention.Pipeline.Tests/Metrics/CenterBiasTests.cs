using WebAttention.Pipeline.Metrics;

namespace WebAttention.Pipeline.Tests.Metrics;

public class CenterBiasTests
{
    [Fact]
    public void The_baseline_peaks_at_the_centre_is_symmetric_and_sums_to_1()
    {
        var map = CenterBias.Map(9, 7);

        Assert.Equal(1.0, map.Sum(v => (double)v), 5);
        Assert.Equal((3 * 9) + 4, Array.IndexOf(map, map.Max()));
        Assert.Equal(map[0], map[8], 7);
        Assert.Equal(map[0], map[(6 * 9) + 8], 7);
        Assert.Equal(map.Min(), map[0]);
    }

    [Fact]
    public void The_baseline_beats_chance_on_central_fixations()
    {
        var map = CenterBias.Map(20, 20);

        Assert.True(SaliencyMetrics.Nss(map, 20, 20, [new(10, 10), new(9, 9)]) > 1);
    }
}
