using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;
using WebAttention.Server.Admin;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>The pure rules beside the engine: the job log's cut, the hourly chart, storage kinds and action refusals.</summary>
public sealed class JobRulesTests
{
    private static readonly DateTime At = new(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_log_drops_its_oldest_whole_lines_to_fit()
    {
        var log = JobLog.Append(null, At, "first", 60);
        log = JobLog.Append(log, At, "second", 60);
        log = JobLog.Append(log, At, "third line\nwith a break", 60);

        Assert.True(log.Length <= 60);
        Assert.DoesNotContain("first", log, StringComparison.Ordinal);
        Assert.EndsWith("third line with a break", log, StringComparison.Ordinal);
        Assert.StartsWith("2026-12-04 10:00:00Z", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Finished_jobs_are_counted_per_hour_with_empty_hours_kept()
    {
        var points = JobTimeline.PerHour(
            [(At.AddMinutes(5), JobState.Succeeded), (At.AddMinutes(50), JobState.Failed), (At.AddHours(2).AddMinutes(1), JobState.Succeeded), (At.AddHours(-3), JobState.Failed)],
            At, At.AddHours(3));

        Assert.Equal([(1, 1), (0, 0), (1, 0)], points.Select(p => (p.Succeeded, p.Failed)));
        Assert.Equal(At.AddHours(2), points[2].Hour);
    }

    [Fact]
    public void Stage_timings_become_a_timeline_with_frames_per_second()
    {
        var stages = JobTimeline.Stages("""{"decode":2,"analyse":4,"store":0}""", 100);

        Assert.Equal([("decode", 50.0), ("analyse", 25.0)], stages.Where(s => s.FramesPerSecond is not null).Select(s => (s.Stage, s.FramesPerSecond!.Value)));
        Assert.Null(stages.Single(s => s.Stage == "store").FramesPerSecond);
        Assert.Empty(JobTimeline.Stages("not json", 100));
    }

    [Theory]
    [InlineData("source", "sources")]
    [InlineData("proxy.mp4", "proxies")]
    [InlineData("thumb.jpg", "proxies")]
    [InlineData("exports/9x16/clip.mp4", "exports")]
    [InlineData("saliency/000001.bin", "maps")]
    [InlineData("faces.json", "maps")]
    public void Clip_files_are_sorted_into_kinds(string relative, string kind) => Assert.Equal(kind, StorageUsage.KindOf(relative));

    [Theory]
    [InlineData(JobAction.Retry, JobState.Failed, true)]
    [InlineData(JobAction.Retry, JobState.Succeeded, false)]
    [InlineData(JobAction.Cancel, JobState.Running, true)]
    [InlineData(JobAction.Cancel, JobState.Failed, false)]
    [InlineData(JobAction.Requeue, JobState.Running, false)]
    [InlineData(JobAction.Requeue, JobState.Succeeded, true)]
    [InlineData(JobAction.Delete, JobState.Running, false)]
    [InlineData(JobAction.Delete, JobState.Cancelled, true)]
    public void Actions_apply_only_to_jobs_in_the_right_state(JobAction action, JobState state, bool allowed) =>
        Assert.Equal(allowed, JobActions.Refusal(action, state) is null);
}
