using WebAttention.Core.Media;

namespace WebAttention.Media.Decoding;

/// <summary>Turns a video file into a stream of RGB24 frames at a chosen size.</summary>
public interface IFrameDecoder
{
    /// <summary>
    /// Decodes every frame of the first video stream of <paramref name="path"/>, scaled to
    /// <paramref name="size"/>, in order, with <see cref="VideoFrame.Index"/> from 0 and
    /// <see cref="VideoFrame.Timestamp"/> = index / frame rate. Memory stays flat for any clip length.
    /// Stopping the enumeration or cancelling ends ffmpeg; a decoding failure throws
    /// <see cref="Processes.MediaException"/>.
    /// </summary>
    IAsyncEnumerable<VideoFrame> DecodeAsync(string path, FrameSize size, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="DecodeAsync(string, FrameSize, CancellationToken)"/> for a clip already probed: <paramref name="info"/>
    /// (its frame rate) is used as it is, so the file is not probed again.
    /// </summary>
    IAsyncEnumerable<VideoFrame> DecodeAsync(string path, VideoInfo info, FrameSize size, CancellationToken cancellationToken);
}
