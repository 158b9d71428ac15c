using System.Text;

namespace WebAttention.Media.Processes;

/// <summary>
/// Joins arguments into one command-line string that .NET's <c>ProcessStartInfo.Arguments</c> splits back into exactly
/// those arguments (FFMpegCore starts ffmpeg with a single string). Quotes only where needed: empty arguments, white
/// space or double quotes; backslashes in front of a quote are doubled. Pure.
/// </summary>
public static class CommandLineText
{
    /// <summary>The arguments joined with single spaces, each quoted as <see cref="Quote"/> does.</summary>
    public static string Join(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join(' ', arguments.Select(Quote));
    }

    /// <summary>One argument, quoted when it is empty or holds white space or a double quote.</summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"'))
        {
            return argument;
        }

        var text = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes before a quote (escaped here) must be doubled; elsewhere they are literal.
            text.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
            backslashes = 0;
            text.Append(c);
        }

        // Backslashes before the closing quote are doubled too.
        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }
}
