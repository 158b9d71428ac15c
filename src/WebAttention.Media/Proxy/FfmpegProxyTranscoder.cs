using Microsoft.Extensions.Options;
using WebAttention.Core.Media;
using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Proxy;

/// <summary>
/// <see cref="IProxyTranscoder"/> running the ffmpeg commands of <see cref="ProxyCommands"/> through FFMpegCore (<see cref="FfmpegJob"/>)
/// (progress from <c>-progress</c> on stdout, cancellation, stderr kept for the error); a time limit of
/// <see cref="FfmpegOptions.Timeout"/> applies and a failed or cancelled run leaves no output file.
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
        var arguments = ProxyCommands.Transcode(inputPath, outputPath, size, info.FrameRate, _options, info.HasAudio);
        Action<string>? onLine = progress is null
            ? null
            : line =>
            {
                if (FfmpegProgress.TryFraction(line, info.Duration, out var fraction))
                {
                    progress.Report(fraction);
                }
            };
        await RunAsync(arguments, outputPath, "make the browser copy", onLine, cancellationToken).ConfigureAwait(false);
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
        var arguments = ProxyCommands.Thumbnail(inputPath, outputPath, at, size);
        await RunAsync(arguments, outputPath, "make the thumbnail", onLine: null, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(outputPath))
        {
            throw new MediaException("ffmpeg could not make the thumbnail: no frame was written.");
        }
    }

    private async Task RunAsync(IReadOnlyList<string> arguments, string outputPath, string what, Action<string>? onLine, CancellationToken cancellationToken)
    {
        try
        {
            await FfmpegJob.RunAsync(_ffmpeg, arguments, _ffmpeg.Timeout, what, onLine, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MediaException or OperationCanceledException)
        {
            TryDelete(outputPath);
            throw;
        }
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
