using System.Runtime.CompilerServices;
using WebAttention.Core.Media;
using WebAttention.Media.Decoding;

namespace WebAttention.Cli.Bench;

/// <summary>An <see cref="IFrameDecoder"/> that stops after the first <c>maxFrames</c> frames (ffmpeg is stopped then).</summary>
public sealed class FirstFramesDecoder(IFrameDecoder inner, long maxFrames) : IFrameDecoder
{
    /// <inheritdoc />
    public IAsyncEnumerable<VideoFrame> DecodeAsync(string path, FrameSize size, CancellationToken cancellationToken) =>
        FirstAsync(inner.DecodeAsync(path, size, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<VideoFrame> DecodeAsync(string path, VideoInfo info, FrameSize size, CancellationToken cancellationToken) =>
        FirstAsync(inner.DecodeAsync(path, info, size, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<VideoFrame> FirstAsync(IAsyncEnumerable<VideoFrame> frames, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (maxFrames <= 0)
        {
            yield break;
        }

        long count = 0;
        await foreach (var frame in frames.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return frame;
            if (++count >= maxFrames)
            {
                yield break;
            }
        }
    }
}
