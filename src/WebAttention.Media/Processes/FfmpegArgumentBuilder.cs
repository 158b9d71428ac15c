using System.Globalization;
using System.Text;

namespace WebAttention.Media.Processes;

/// <summary>
/// Builds an ffmpeg/ffprobe argument list from typed values. Arguments stay a list (passed to the
/// process one by one, never through a shell), so paths with spaces or quotes need no escaping.
/// </summary>
public sealed class FfmpegArgumentBuilder
{
    private readonly List<string> _arguments = [];

    /// <summary>Quiet, non-interactive ffmpeg: <c>-nostdin -hide_banner -loglevel error</c>.</summary>
    public FfmpegArgumentBuilder Quiet() => Flag("-nostdin").Flag("-hide_banner").Option("-loglevel", "error");

    /// <summary>Adds a flag without a value (<c>-an</c>).</summary>
    public FfmpegArgumentBuilder Flag(string flag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flag);
        if (!flag.StartsWith('-'))
        {
            throw new ArgumentException($"'{flag}' is not an option.", nameof(flag));
        }

        _arguments.Add(flag);
        return this;
    }

    /// <summary>Adds an option and its value (<c>-map 0:v:0</c>).</summary>
    public FfmpegArgumentBuilder Option(string flag, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Flag(flag);
        _arguments.Add(value);
        return this;
    }

    /// <summary>Adds an option with a number, written invariantly (<c>-r 29.97</c>).</summary>
    public FfmpegArgumentBuilder Option(string flag, double value) =>
        Option(flag, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an input file by absolute path (a relative name could be read as an option or protocol).</summary>
    public FfmpegArgumentBuilder InputFile(string path) => Option("-i", FullPath(path));

    /// <summary>Adds a libavfilter source graph as an input (<c>-f lavfi -i testsrc2=...</c>).</summary>
    public FfmpegArgumentBuilder LavfiInput(string graph) => Option("-f", "lavfi").Option("-i", graph);

    /// <summary>Adds the output: an absolute file path, or <c>pipe:1</c> for stdout.</summary>
    public FfmpegArgumentBuilder Output(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        _arguments.Add(target == StandardOutput ? target : FullPath(target));
        return this;
    }

    /// <summary>The output name for stdout.</summary>
    public const string StandardOutput = "pipe:1";

    /// <summary>The arguments built so far.</summary>
    public IReadOnlyList<string> Build() => _arguments.ToArray();

    /// <summary>
    /// Renders arguments as one shell-like line (single-quoting where needed), for logs, XML docs and
    /// tests against known-good command lines. Not used to start processes.
    /// </summary>
    public static string Render(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var line = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            var plain = argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,+@%".Contains(c));
            line.Append(plain ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        }

        return line.ToString();
    }

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetFullPath(path);
    }
}
