using System.Diagnostics.Metrics;

namespace WebAttention.Server.Telemetry;

/// <summary>The app's own metrics (exported on /metrics with the ASP.NET Core ones).</summary>
public sealed class AppMetrics : IDisposable
{
    public const string MeterName = "WebAttention";

    private readonly Meter _meter;
    private readonly Counter<long> _frames;
    private readonly Histogram<double> _jobSeconds;

    public AppMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _frames = _meter.CreateCounter<long>("webattention.frames.processed", unit: "{frame}", description: "Frames given a saliency map");
        _jobSeconds = _meter.CreateHistogram<double>("webattention.job.duration", unit: "s", description: "Job run time by kind and outcome");
    }

    /// <summary>
    /// Registers the queue-depth gauge; the callback counts queued jobs. It reports only while the app runs (started,
    /// not stopping): a scrape during start-up would query a database not yet migrated, one after shutdown a data
    /// folder that may be gone, and either logs a database error for a gauge.
    /// </summary>
    public void ObserveQueueDepth(IHostApplicationLifetime lifetime, Func<long> queued) =>
        _meter.CreateObservableGauge("webattention.jobs.queued", () => WhileRunning(lifetime, queued), unit: "{job}", description: "Jobs waiting for a worker");

    /// <summary>The measurement of <paramref name="observe"/> while the app runs, none before it started or once it stops.</summary>
    public static IEnumerable<Measurement<long>> WhileRunning(IHostApplicationLifetime lifetime, Func<long> observe)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(observe);
        return lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested
            ? [new Measurement<long>(observe())]
            : [];
    }

    public void FramesProcessed(long frames, string device) =>
        _frames.Add(frames, new KeyValuePair<string, object?>("device", device));

    public void JobFinished(string kind, string outcome, TimeSpan duration) =>
        _jobSeconds.Record(duration.TotalSeconds, new("kind", kind), new("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
