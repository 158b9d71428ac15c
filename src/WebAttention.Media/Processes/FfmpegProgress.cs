using System.Globalization;

namespace WebAttention.Media.Processes;

/// <summary>Reads the key=value lines ffmpeg writes with <c>-progress pipe:1</c>. Pure.</summary>
public static class FfmpegProgress
{
    /// <summary>The output frame count of a <c>frame=N</c> line.</summary>
    public static bool TryFrame(string line, out long frame)
    {
        ArgumentNullException.ThrowIfNull(line);
        frame = 0;
        return line.StartsWith("frame=", StringComparison.Ordinal)
            && long.TryParse(line.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out frame);
    }

    /// <summary>
    /// The fraction of <paramref name="duration"/> written so far, from an <c>out_time_us=N</c> line (microseconds),
    /// clamped to 0–1; false for other lines, <c>N/A</c> values and a duration that is not positive.
    /// </summary>
    public static bool TryFraction(string line, TimeSpan duration, out double fraction)
    {
        ArgumentNullException.ThrowIfNull(line);
        fraction = 0;
        const string Key = "out_time_us=";
        if (duration <= TimeSpan.Zero
            || !line.StartsWith(Key, StringComparison.Ordinal)
            || !long.TryParse(line.AsSpan(Key.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var microseconds))
        {
            return false;
        }

        fraction = Math.Clamp(microseconds / (duration.TotalMilliseconds * 1000), 0, 1);
        return true;
    }
}
