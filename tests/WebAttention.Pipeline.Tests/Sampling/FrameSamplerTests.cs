using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Sampling;

namespace WebAttention.Pipeline.Tests.Sampling;

public class FrameSamplerTests
{
    private static long[] Scheduled(FrameSampler sampler, int frames) =>
        [.. Enumerable.Range(0, frames).Where(i => sampler.IsScheduled(i)).Select(i => (long)i)];

    [Fact]
    public void Every_nth_schedules_multiples_of_the_stride()
    {
        var sampler = FrameSampler.EveryNth(3);

        Assert.Equal([0L, 3, 6, 9], Scheduled(sampler, 11));
        Assert.Equal(4, sampler.CountScheduled(11));
        Assert.Equal(3, sampler.MaxGap);
    }

    [Fact]
    public void Five_fps_of_a_30_fps_clip_is_every_sixth_frame()
    {
        var sampler = FrameSampler.AtRate(5, 30);

        Assert.Equal([0L, 6, 12, 18], Scheduled(sampler, 24));
        Assert.Equal(6, sampler.MaxGap);
    }

    [Theory]
    [InlineData(5, 29.97)]
    [InlineData(7, 24)]
    [InlineData(12, 59.94)]
    public void A_fractional_ratio_keeps_the_rate_and_the_gap_bound(double target, double clip)
    {
        var sampler = FrameSampler.AtRate(target, clip);
        var scheduled = Scheduled(sampler, 3_000);

        Assert.Equal(sampler.CountScheduled(3_000), scheduled.Length);
        Assert.InRange(scheduled.Length, (3_000 * target / clip) - 1, (3_000 * target / clip) + 1);
        Assert.All(scheduled.Zip(scheduled.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 1, sampler.MaxGap));
    }

    [Fact]
    public void A_target_at_or_above_the_clip_rate_schedules_every_frame()
    {
        Assert.Equal(5, Scheduled(FrameSampler.AtRate(60, 30), 5).Length);
    }

    [Fact]
    public void Options_pick_the_stride_when_it_is_set()
    {
        var sampler = FrameSampler.For(new AnalysisOptions { FrameStride = 2, TargetFramesPerSecond = 1 }, 30);

        Assert.Equal([0L, 2, 4], Scheduled(sampler, 5));
    }
}
