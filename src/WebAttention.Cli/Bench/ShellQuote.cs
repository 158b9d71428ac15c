using System.Text.RegularExpressions;

namespace WebAttention.Cli.Bench;

/// <summary>Formats an argument list as a POSIX shell command line (for showing the exact command run). Pure.</summary>
public static partial class ShellQuote
{
    /// <summary>Joins <paramref name="arguments"/>, single-quoting any that hold characters the shell would interpret.</summary>
    public static string Join(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join(' ', arguments.Select(Quote));
    }

    /// <summary>One argument, quoted when needed (<c>'</c> inside becomes <c>'\''</c>).</summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Length > 0 && Plain().IsMatch(argument) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    [GeneratedRegex("^[A-Za-z0-9_@%+=:,./-]+$")]
    private static partial Regex Plain();
}
