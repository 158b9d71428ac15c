namespace WebAttention.Client.Services.Live;

/// <summary>The last <c>capacity</c> latencies and answer times: percentiles and answered frames per second for the overlay.</summary>
public sealed class LatencyWindow(int capacity = 120)
{
    private readonly Queue<(double At, double Latency)> _samples = new();

    /// <summary>Adds a result answered at <paramref name="at"/> (ms) after <paramref name="latency"/> ms.</summary>
    public void Add(double at, double latency)
    {
        _samples.Enqueue((at, latency));
        while (_samples.Count > capacity)
        {
            _samples.Dequeue();
        }
    }

    /// <summary>The <paramref name="p"/>-quantile (0–1) of the latencies held, or 0 when none.</summary>
    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return 0;
        }

        var sorted = _samples.Select(s => s.Latency).Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Answers per second over the window (0 with fewer than two).</summary>
    public double FramesPerSecond
    {
        get
        {
            if (_samples.Count < 2)
            {
                return 0;
            }

            var span = _samples.Last().At - _samples.Peek().At;
            return span > 0 ? (_samples.Count - 1) * 1000 / span : 0;
        }
    }
}
