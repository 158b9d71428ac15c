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

    /// <summary>Registers the queue-depth gauge; the callback counts queued jobs.</summary>
    public void ObserveQueueDepth(Func<long> queued) =>
        _meter.CreateObservableGauge("webattention.jobs.queued", queued, unit: "{job}", description: "Jobs waiting for a worker");

    public void FramesProcessed(long frames, string device) =>
        _frames.Add(frames, new KeyValuePair<string, object?>("device", device));

    public void JobFinished(string kind, string outcome, TimeSpan duration) =>
        _jobSeconds.Record(duration.TotalSeconds, new("kind", kind), new("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
