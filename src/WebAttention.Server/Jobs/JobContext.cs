using System.Diagnostics;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Jobs;

/// <summary>What a running handler sees: its job, and a way to report progress and stage timings.</summary>
public sealed class JobContext(Job job, JobReporter reporter)
{
    private readonly Dictionary<string, double> _timings = [];

    public Job Job { get; } = job;

    public Guid ClipId => Job.ClipId;

    /// <summary>Seconds spent per stage so far.</summary>
    public IReadOnlyDictionary<string, double> StageTimings => _timings;

    /// <summary>Reports progress (throttled before it reaches the database and browsers).</summary>
    public Task ReportAsync(string stage, long done, long total, double framesPerSecond, string? device = null) =>
        reporter.ReportAsync(Job, stage, done, total, framesPerSecond, device, force: false);

    /// <summary>Runs a stage, timing it.</summary>
    public async Task<T> StageAsync<T>(string stage, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await reporter.ReportAsync(Job, stage, 0, 0, 0, null, force: true);
        var clock = Stopwatch.StartNew();
        var result = await work();
        _timings[stage] = Math.Round(clock.Elapsed.TotalSeconds, 3);
        return result;
    }

    /// <summary>Records a timing measured elsewhere.</summary>
    public void RecordTiming(string stage, double seconds) => _timings[stage] = Math.Round(seconds, 3);
}
