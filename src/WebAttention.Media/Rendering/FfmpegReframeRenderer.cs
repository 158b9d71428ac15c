using Microsoft.Extensions.Options;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Rendering;

/// <summary>
/// <see cref="IReframeRenderer"/> running ffmpeg with the commands of <see cref="ReframeCommands"/>:
/// always one ffmpeg run — crop-then-scale when every frame has the same window size, else the zoom graph of
/// <see cref="ZoomCommands"/> (window size changing per frame, padded shots included). Progress
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
            var cmd = Path.Combine(work, "crop.cmd");
            var segments = ReframeCommands.Segments(path);
            string graph;
            if (segments.Count == 1)
            {
                await File.WriteAllTextAsync(cmd, ReframeCommands.SendCmd(path, segments[0]), cancellationToken).ConfigureAwait(false);
                graph = ReframeCommands.FilterGraph(path, segments[0], settings, cmd);
            }
            else
            {
                await File.WriteAllTextAsync(cmd, ZoomCommands.SendCmd(path, settings), cancellationToken).ConfigureAwait(false);
                graph = ZoomCommands.FilterGraph(path, settings, cmd);
            }

            double total = path.FrameCount;
            await RunAsync(ReframeCommands.Render(sourcePath, graph, settings, settings.OutputPath), f => progress?.Report(Math.Min(1, f / total)), cancellationToken).ConfigureAwait(false);
            progress?.Report(1.0);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private Task RunAsync(IReadOnlyList<string> arguments, Action<long> onFrame, CancellationToken cancellationToken) =>
        FfmpegJob.RunAsync(
            _ffmpeg,
            arguments,
            _ffmpeg.Timeout,
            "render the reframed video",
            line =>
            {
                if (FfmpegProgress.TryFrame(line, out var frame))
                {
                    onFrame(frame);
                }
            },
            cancellationToken);

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
