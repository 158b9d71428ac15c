namespace WebAttention.Client.Services.Uploads;

/// <summary>Smoothed bytes-per-second of acknowledged data (exponential moving average).</summary>
public sealed class TransferRate
{
    private readonly TimeProvider time;
    private readonly double smoothing;
    private long lastTimestamp;
    private long lastBytes;
    private bool started;

    /// <summary>Creates a meter; <paramref name="smoothing"/> is the weight of the newest sample (0–1].</summary>
    public TransferRate(TimeProvider time, double smoothing = 0.3)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(smoothing);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(smoothing, 1);
        this.time = time;
        this.smoothing = smoothing;
    }

    /// <summary>Current estimate in bytes per second (0 until two samples).</summary>
    public double BytesPerSecond { get; private set; }

    /// <summary>Starts (or restarts) measuring from <paramref name="bytes"/> now.</summary>
    public void Reset(long bytes)
    {
        lastBytes = bytes;
        lastTimestamp = time.GetTimestamp();
        started = true;
    }

    /// <summary>Records that <paramref name="bytes"/> are done now; returns the new estimate.</summary>
    public double Sample(long bytes)
    {
        if (!started)
        {
            Reset(bytes);
            return BytesPerSecond;
        }
        var now = time.GetTimestamp();
        var seconds = time.GetElapsedTime(lastTimestamp, now).TotalSeconds;
        // Acks arrive in bursts; very short gaps say little about the rate.
        if (seconds < 0.05)
        {
            return BytesPerSecond;
        }
        var instant = (bytes - lastBytes) / seconds;
        BytesPerSecond = BytesPerSecond == 0 ? instant : (smoothing * instant) + ((1 - smoothing) * BytesPerSecond);
        lastBytes = bytes;
        lastTimestamp = now;
        return BytesPerSecond;
    }
}
