using System.Globalization;
using Microsoft.Extensions.Options;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;
using WebAttention.Pipeline.Reframing.Model;

namespace WebAttention.Media.Reframing;

/// <summary>
/// <see cref="IReframeRenderer"/> running ffmpeg with the commands of <see cref="ReframeCommands"/>:
/// one pass when every shot has the same window size, else one pass per segment plus a join. Progress
/// comes from ffmpeg's <c>-progress</c> frame counter; a time limit of <see cref="FfmpegOptions.Timeout"/> applies.
/// </summary>
public sealed class FfmpegReframeRenderer : IReframeRenderer
{
    private readonly FfmpegOptions _ffmpeg;

    /// <summary>Creates a renderer.</summary>
    public FfmpegReframeRenderer(IOptions<FfmpegOptions> ffmpeg)
    {
        ArgumentNullException.ThrowIfNull(ffmpeg);
        _ffmpeg = ffmpeg.Value;
    }

    /// <inheritdoc />
    public async Task RenderAsync(string sourcePath, CropPath path, ExportSettings settings, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (path.FrameCount == 0)
        {
            throw new ArgumentException("The crop path has no frames.", nameof(path));
        }

        var work = WorkFolder();
        Directory.CreateDirectory(work);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(_ffmpeg.Timeout);
            var segments = ReframeCommands.Segments(path);
            var single = segments.Count == 1;
            var parts = new List<string>();
            long done = 0;
            var total = path.FrameCount * (single ? 1.0 : 1.05);
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var cmd = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"crop-{i:000}.cmd"));
                await File.WriteAllTextAsync(cmd, ReframeCommands.SendCmd(path, segment), limit.Token).ConfigureAwait(false);
                var graph = ReframeCommands.FilterGraph(path, segment, settings, cmd, trim: !single);
                var output = single ? settings.OutputPath : Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"part-{i:000}.mp4"));
                var offset = done;
                await RunAsync(ReframeCommands.Render(sourcePath, graph, settings, output, withAudio: single), f => progress?.Report(Math.Min(1, (offset + f) / total)), limit.Token, cancellationToken).ConfigureAwait(false);
                parts.Add(output);
                done += segment.FrameCount;
            }

            if (!single)
            {
                var list = Path.Combine(work, "parts.txt");
                await File.WriteAllTextAsync(list, ReframeCommands.ConcatList(parts), limit.Token).ConfigureAwait(false);
                await RunAsync(ReframeCommands.Join(list, sourcePath, settings, settings.OutputPath), _ => { }, limit.Token, cancellationToken).ConfigureAwait(false);
            }

            progress?.Report(1.0);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task RunAsync(IReadOnlyList<string> arguments, Action<long> onFrame, CancellationToken limit, CancellationToken caller)
    {
        using var process = ToolProcess.Start(_ffmpeg.FfmpegPath, arguments);
        try
        {
            using var reader = new StreamReader(process.StandardOutput);
            while (await reader.ReadLineAsync(limit).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith("frame=", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var frame))
                {
                    onFrame(frame);
                }
            }

            await process.WaitForExitAsync(limit).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            process.Kill();
            throw new MediaException($"ffmpeg took longer than {DurationText.Format(_ffmpeg.Timeout)} to render the reframed video and was stopped.");
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }

        if (process.ExitCode != 0)
        {
            var tail = await process.StderrTailAsync().ConfigureAwait(false);
            throw new MediaException($"ffmpeg could not render the reframed video (exit code {process.ExitCode}): {tail}") { ToolOutput = tail };
        }
    }

    // A plain path: it is written into the filter graph unescaped (see ReframeCommands.FilterGraph).
    private static string WorkFolder()
    {
        var temp = Path.GetTempPath();
        if (!temp.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '.' or '-'))
        {
            temp = "/tmp";
        }

        return Path.Combine(temp, "wa-reframe-" + Guid.NewGuid().ToString("N"));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still held; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
