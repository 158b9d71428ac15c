namespace WebAttention.Client.Services.Uploads;

/// <summary>How many unacknowledged bytes an upload may have, from the rate the acknowledgements arrive at.</summary>
public static class InFlightLimit
{
    /// <summary>Chunks always allowed in flight: one being acknowledged while the next travels.</summary>
    public const int MinChunks = 2;

    /// <summary>
    /// <paramref name="bytesPerSecond"/> × <paramref name="seconds"/>, at least <see cref="MinChunks"/> chunks and at
    /// most <paramref name="maxBytes"/>. Before any rate is known (0) the window starts at the minimum and grows
    /// with the measured rate.
    /// </summary>
    public static long For(double bytesPerSecond, double seconds, int chunkBytes, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkBytes);
        var floor = Math.Min((long)MinChunks * chunkBytes, maxBytes);
        if (!double.IsFinite(bytesPerSecond) || bytesPerSecond <= 0 || seconds <= 0)
        {
            return floor;
        }
        var wanted = bytesPerSecond * seconds;
        return wanted >= maxBytes ? maxBytes : Math.Max(floor, (long)wanted);
    }
}
