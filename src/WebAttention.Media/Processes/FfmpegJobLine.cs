namespace WebAttention.Media.Processes;

/// <summary>One input of an ffmpeg job: the options in front of its <c>-i</c>, and the file (or lavfi graph) it names.</summary>
/// <param name="Options">Input options, e.g. <c>-ss 00:00:01.000</c> or <c>-f lavfi</c>.</param>
/// <param name="Source">The file path, or the libavfilter graph when the options say <c>-f lavfi</c>.</param>
public sealed record FfmpegJobInput(IReadOnlyList<string> Options, string Source);

/// <summary>
/// An ffmpeg command line read as inputs and one output, the shape <see cref="FfmpegJob"/> hands to FFMpegCore's
/// <c>FFMpegArguments</c> (inputs through <c>FromFileInput</c>/<c>AddFileInput</c>, the output through <c>OutputToFile</c>).
/// </summary>
/// <param name="Inputs">The inputs in order (at least one).</param>
/// <param name="OutputOptions">Everything between the last input and the output (filters, codecs, progress), <c>-y</c> removed.</param>
/// <param name="Output">The output file (or <c>-</c>/<c>pipe:1</c>).</param>
/// <param name="Overwrite">True when the line said <c>-y</c>.</param>
public sealed record FfmpegJobLine(IReadOnlyList<FfmpegJobInput> Inputs, IReadOnlyList<string> OutputOptions, string Output, bool Overwrite)
{
    /// <summary>
    /// Splits <paramref name="arguments"/> (as <see cref="FfmpegArgumentBuilder"/> builds them: options, inputs each after
    /// <c>-i</c>, the output last). Pure. Throws <see cref="ArgumentException"/> for a line without an input or an output,
    /// or a path holding a double quote (FFMpegCore writes paths inside double quotes).
    /// </summary>
    public static FfmpegJobLine Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var inputs = new List<FfmpegJobInput>();
        var pending = new List<string>();
        var overwrite = false;
        var i = 0;
        for (; i < arguments.Count - 1; i++)
        {
            var argument = arguments[i];
            if (argument == "-i")
            {
                inputs.Add(new FfmpegJobInput(pending.ToArray(), Plain(arguments[++i], "input")));
                pending.Clear();
            }
            else if (argument == "-y")
            {
                overwrite = true;
            }
            else
            {
                pending.Add(argument);
            }
        }

        // i passes the last index when the last argument was read as an input: then there is no output.
        if (inputs.Count == 0 || i >= arguments.Count || arguments[^1].StartsWith('-') && arguments[^1].Length > 1)
        {
            throw new ArgumentException("An ffmpeg job needs at least one input (-i) and an output as its last argument.", nameof(arguments));
        }

        return new FfmpegJobLine(inputs, pending.ToArray(), Plain(arguments[^1], "output"), overwrite);
    }

    private static string Plain(string path, string what) =>
        path.Contains('"', StringComparison.Ordinal)
            ? throw new ArgumentException($"The {what} '{path}' holds a double quote, which ffmpeg jobs cannot pass.", nameof(path))
            : path;
}
