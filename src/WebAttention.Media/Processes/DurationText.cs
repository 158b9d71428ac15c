using System.Globalization;

namespace WebAttention.Media.Processes;

/// <summary>Short human durations for messages: "3h12m", "2h", "4m05s", "12.5s".</summary>
public static class DurationText
{
    /// <summary>Formats <paramref name="duration"/> compactly (hours and minutes for long clips).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration >= TimeSpan.FromHours(1))
        {
            var hours = (long)duration.TotalHours;
            var minutes = duration.Minutes;
            return minutes == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{hours}h")
                : string.Create(CultureInfo.InvariantCulture, $"{hours}h{minutes:00}m");
        }

        if (duration >= TimeSpan.FromMinutes(1))
        {
            var seconds = duration.Seconds;
            return seconds == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m")
                : string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m{seconds:00}s");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Math.Round(duration.TotalSeconds, 1)}s");
    }
}
