using System.Globalization;

namespace WebAttention.Cli.Bench;

/// <summary>
/// CPU seconds (user + system) used so far by this process's finished, reaped child processes — ffmpeg runs — from
/// <c>/proc/self/stat</c> (cutime + cstime, in USER_HZ = 100 ticks a second). Unlike wall time it barely moves when other
/// work shares the cores. NaN where <c>/proc</c> is not available.
/// </summary>
internal static class ChildCpuTime
{
    private const double TicksPerSecond = 100;

    public static double Seconds()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // Fields after the command name (which may hold spaces) start with field 3 (state); cutime is 16, cstime 17.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return double.NaN;
        }
    }
}
