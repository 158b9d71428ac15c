using Microsoft.Extensions.Options;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Proxy;

/// <summary>
/// <see cref="IProxyTranscoder"/> running ffmpeg through FFMpegCore (<see cref="ProxyCommands"/>),
/// which supplies progress parsing and cancellation; a time limit of <see cref="FfmpegOptions.Timeout"/> applies.
/// </summary>
public sealed class FfmpegProxyTranscoder : IProxyTranscoder
{
    private readonly IVideoProbe _probe;
    private readonly FfmpegOptions _ffmpeg;
    private readonly ProxyOptions _options;

    /// <summary>Creates a transcoder.</summary>
    public FfmpegProxyTranscoder(IVideoProbe probe, IOptions<FfmpegOptions> ffmpeg, IOptions<ProxyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(ffmpeg);
        ArgumentNullException.ThrowIfNull(options);
        _probe = probe;
        _ffmpeg = ffmpeg.Value;
        _options = options.Value;
    }

    /// <summary>Probes <paramref name="inputPath"/>, then <see cref="TranscodeAsync(string, VideoInfo, string, IProgress{double}?, CancellationToken)"/>.</summary>
    public async Task TranscodeAsync(string inputPath, string outputPath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var info = await _probe.GetVideoInfoAsync(inputPath, cancellationToken).ConfigureAwait(false);
        await TranscodeAsync(inputPath, info, outputPath, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task TranscodeAsync(string inputPath, VideoInfo info, string outputPath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var size = ProxyGeometry.Fit(new FrameSize(info.Width, info.Height), _options.MaxLongSide);
        var processor = ProxyCommands.Transcode(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), size, info.FrameRate, _options, info.HasAudio);
        if (progress is not null)
        {
            processor = processor.NotifyOnPercentageProgress(p => progress.Report(Math.Clamp(p / 100.0, 0, 1)), info.Duration);
        }

        await RunAsync(processor, outputPath, "make the browser copy", cancellationToken).ConfigureAwait(false);
        progress?.Report(1.0);
    }

    /// <summary>Probes <paramref name="inputPath"/>, then <see cref="CreateThumbnailAsync(string, VideoInfo, string, CancellationToken)"/>.</summary>
    public async Task CreateThumbnailAsync(string inputPath, string outputPath, CancellationToken cancellationToken)
    {
        var info = await _probe.GetVideoInfoAsync(inputPath, cancellationToken).ConfigureAwait(false);
        await CreateThumbnailAsync(inputPath, info, outputPath, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task CreateThumbnailAsync(string inputPath, VideoInfo info, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var size = ProxyGeometry.ThumbnailSize(new FrameSize(info.Width, info.Height), _options.ThumbnailWidth);
        var at = info.Duration * _options.ThumbnailAt;
        var processor = ProxyCommands.Thumbnail(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), at, size);
        await RunAsync(processor, outputPath, "make the thumbnail", cancellationToken).ConfigureAwait(false);
        if (!File.Exists(outputPath))
        {
            throw new MediaException("ffmpeg could not make the thumbnail: no frame was written.");
        }
    }

    private async Task RunAsync(FFMpegCore.FFMpegArgumentProcessor processor, string outputPath, string what, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_ffmpeg.Timeout);
        FFMpegCore.FFMpegResult? result = null;
        try
        {
            result = await processor
                .CancellableThrough(limit.Token, TimeSpan.Zero)
                .ProcessAsynchronously(throwOnError: false, ProxyCommands.ToolOptions(_ffmpeg.BinaryFolder), limit.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // FFMpegCore may throw or report Cancelled; both are handled below.
        }

        if (result is { Success: true } && !limit.IsCancellationRequested)
        {
            return;
        }

        TryDelete(outputPath);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            throw new MediaException($"ffmpeg took longer than {DurationText.Format(_ffmpeg.Timeout)} to {what} and was stopped.");
        }

        var lines = result?.StandardError ?? [];
        var stderr = string.Join('\n', lines.TakeLast(20));
        var last = lines.LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "no error message";
        throw new MediaException($"ffmpeg could not {what} (exit code {result?.ExitCode}): {last}") { ToolOutput = stderr };
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a half-written proxy is also replaced on the next run.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
