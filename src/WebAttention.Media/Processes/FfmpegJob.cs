using System.Globalization;
using FFMpegCore;
using WebAttention.Media.Configuration;

namespace WebAttention.Media.Processes;

/// <summary>
/// The one way this code base runs an ffmpeg job to completion (proxy, thumbnail, reframe render, lavfi test clip, CLI
/// bench), through FFMpegCore: the argument list our commands build (<see cref="FfmpegArgumentBuilder"/>) is read as
/// inputs and an output (<see cref="FfmpegJobLine"/>) and handed to <c>FFMpegArguments</c>; filters, codecs and the
/// rest go in as custom arguments (codec helpers such as <c>VideoCodec.LibX264</c> would run <c>ffmpeg -codecs</c>).
/// A time limit applies, cancellation kills ffmpeg, stdout lines go to a callback (progress via <c>-progress pipe:1</c>,
/// read by <see cref="FfmpegProgress"/>) and stderr's last lines make the error. The two raw-stdout readers (the frame
/// decoder and the ffprobe probe) use <see cref="ToolProcess"/> instead; see Media/README.md.
/// </summary>
public static class FfmpegJob
{
    private const int TailLines = 20;

    /// <summary>
    /// Runs ffmpeg from <paramref name="ffmpeg"/>'s <see cref="FfmpegOptions.BinaryFolder"/> with <paramref name="arguments"/>.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires (ffmpeg is killed),
    /// <see cref="MediaException"/> "ffmpeg took longer than … to <paramref name="what"/> and was stopped." past
    /// <paramref name="timeout"/>, and <see cref="MediaException"/> "ffmpeg could not <paramref name="what"/> (exit code N):
    /// last stderr line" on failure, the stderr tail in <see cref="MediaException.ToolOutput"/>.
    /// </summary>
    public static async Task RunAsync(
        FfmpegOptions ffmpeg,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string what,
        Action<string>? onOutputLine,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ffmpeg);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var line = FfmpegJobLine.Parse(arguments);
        cancellationToken.ThrowIfCancellationRequested();

        // FFMpegCore falls back to an ffmpeg on PATH when the folder has none; we run the configured binary or nothing.
        if (!File.Exists(ffmpeg.FfmpegPath))
        {
            throw new MediaException($"Could not start ffmpeg in {ffmpeg.BinaryFolder}: there is no {ffmpeg.FfmpegPath}. Is ffmpeg installed (Media:Ffmpeg:BinaryFolder)?");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var processor = Arguments(line)
            .CancellableThrough(limit.Token, TimeSpan.Zero);
        if (onOutputLine is not null)
        {
            processor = processor.NotifyOnStandardOutput(onOutputLine);
        }

        var options = new FFOptions { BinaryFolder = ffmpeg.BinaryFolder, TemporaryFilesFolder = Path.GetTempPath() };
        FFMpegResult? result = null;
        try
        {
            result = await processor.ProcessAsynchronously(throwOnError: false, options, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // FFMpegCore throws or reports a cancelled run; both are handled below.
        }
        catch (Exception ex) when (ex is FFMpegCore.Exceptions.FFMpegException or System.ComponentModel.Win32Exception)
        {
            // FFMpegCore checks the binary (ffmpeg -version) before the first job in a folder; one that does not run ends here.
            throw new MediaException($"Could not start ffmpeg in {ffmpeg.BinaryFolder}: {ex.Message} Is ffmpeg installed (Media:Ffmpeg:BinaryFolder)?", ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            throw new MediaException($"ffmpeg took longer than {DurationText.Format(timeout)} to {what} and was stopped.");
        }

        if (result is { Success: true })
        {
            return;
        }

        var lines = result?.StandardError ?? [];
        var stderr = string.Join('\n', lines.TakeLast(TailLines));
        var last = lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "no error message";
        var code = result is null ? "no exit code" : string.Create(CultureInfo.InvariantCulture, $"exit code {result.ExitCode}");
        throw new MediaException($"ffmpeg could not {what} ({code}): {last}") { ToolOutput = stderr };
    }

    /// <summary>The FFMpegCore arguments for <paramref name="line"/> (its text is what ffmpeg gets).</summary>
    internal static FFMpegArgumentProcessor Arguments(FfmpegJobLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var first = line.Inputs[0];
        var arguments = FFMpegArguments.FromFileInput(first.Source, verifyExists: false, o => o.WithCustomArgument(Custom(first.Options)));
        foreach (var input in line.Inputs.Skip(1))
        {
            arguments = arguments.AddFileInput(input.Source, verifyExists: false, o => o.WithCustomArgument(Custom(input.Options)));
        }

        return arguments.OutputToFile(line.Output, line.Overwrite, o => o.WithCustomArgument(Custom(line.OutputOptions)));
    }

    // Options joined so .NET splits them back into the same arguments (FFMpegCore starts ffmpeg with one string).
    private static string Custom(IReadOnlyList<string> arguments) => CommandLineText.Join(arguments);
}
