using System.Globalization;

namespace WebAttention.Client.Components;

/// <summary>How sizes, durations and rates read in the UI.</summary>
public static class Format
{
    /// <summary>Bytes as B, KB, MB or GB (powers of 1000, one decimal above KB).</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }

    /// <summary>Seconds as m:ss or h:mm:ss.</summary>
    public static string Duration(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0)
        {
            return "–";
        }
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>Bytes per second as MB/s with one decimal.</summary>
    public static string Rate(double bytesPerSecond) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytesPerSecond / 1_000_000:0.0} MB/s");

    /// <summary>A share 0–1 as a whole percentage.</summary>
    public static string Percent(double fraction) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(fraction, 0, 1) * 100:0}%");
}
