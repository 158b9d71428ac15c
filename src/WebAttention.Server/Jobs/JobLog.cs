using System.Globalization;

namespace WebAttention.Server.Jobs;

/// <summary>The log lines a job row keeps: appended at the end, oldest dropped first to fit the column. Pure.</summary>
public static class JobLog
{
    /// <summary><paramref name="log"/> with a time-stamped <paramref name="line"/> appended, cut from the front to <paramref name="maxLength"/>.</summary>
    public static string Append(string? log, DateTime at, string line, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var entry = at.ToString("yyyy-MM-dd HH:mm:ss'Z' ", CultureInfo.InvariantCulture) + line.ReplaceLineEndings(" ");
        if (entry.Length > maxLength)
        {
            return entry[..maxLength];
        }
        var all = string.IsNullOrEmpty(log) ? entry : log + "\n" + entry;
        if (all.Length <= maxLength)
        {
            return all;
        }
        // Drop whole lines from the front until it fits.
        var start = all.Length - maxLength;
        var newline = all.IndexOf('\n', start);
        return newline < 0 ? entry : all[(newline + 1)..];
    }
}
