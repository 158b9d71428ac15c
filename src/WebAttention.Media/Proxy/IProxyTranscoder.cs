using WebAttention.Core.Media;

namespace WebAttention.Media.Proxy;

/// <summary>Makes the browser-playable copy of an upload and its thumbnail.</summary>
public interface IProxyTranscoder
{
    /// <summary>
    /// Writes an H.264 (yuv420p) MP4 with the index up front (+faststart), long side at most
    /// <see cref="ProxyOptions.MaxLongSide"/>, even sides, aspect kept, the first audio track as AAC when
    /// there is one. Reports progress as a fraction 0..1. On failure or cancellation no output is left.
    /// <paramref name="info"/> is the input's probe result (size, rate, duration, audio), passed in so the file is not probed again.
    /// </summary>
    Task TranscodeAsync(string inputPath, VideoInfo info, string outputPath, IProgress<double>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one frame (at <see cref="ProxyOptions.ThumbnailAt"/> of the duration) scaled to
    /// <see cref="ProxyOptions.ThumbnailWidth"/> wide; JPEG or PNG by <paramref name="outputPath"/>'s extension.
    /// <paramref name="info"/> is the input's probe result.
    /// </summary>
    Task CreateThumbnailAsync(string inputPath, VideoInfo info, string outputPath, CancellationToken cancellationToken);
}
