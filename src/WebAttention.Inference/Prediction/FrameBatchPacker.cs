using WebAttention.Core.Media;

namespace WebAttention.Inference.Prediction;

/// <summary>Checks a batch of frames and packs their RGB24 bytes back to back as one [N,H,W,3] tensor. Pure.</summary>
public static class FrameBatchPacker
{
    /// <summary>
    /// The common size of <paramref name="frames"/>; throws when the batch is empty, sizes differ, a size
    /// is not a multiple of <paramref name="sizeMultiple"/> or a pixel buffer has the wrong length.
    /// </summary>
    public static FrameSize CommonSize(IReadOnlyList<VideoFrame> frames, int sizeMultiple)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("The batch holds no frames.", nameof(frames));
        }

        var size = frames[0].Size;
        if (size.Width <= 0 || size.Height <= 0 || size.Width % sizeMultiple != 0 || size.Height % sizeMultiple != 0)
        {
            throw new ArgumentException($"Frame size {size} must be positive multiples of {sizeMultiple}; scale frames to InputSizeFor(source).", nameof(frames));
        }

        foreach (var frame in frames)
        {
            if (frame.Size != size)
            {
                throw new ArgumentException($"Frame {frame.Index} is {frame.Size} but the batch is {size}; a batch holds one size.", nameof(frames));
            }

            if (frame.Rgb.Length != size.Area * 3)
            {
                throw new ArgumentException($"Frame {frame.Index} has {frame.Rgb.Length} bytes; {size} RGB24 needs {size.Area * 3}.", nameof(frames));
            }
        }

        return size;
    }

    /// <summary>Copies the frames' bytes into <paramref name="destination"/> in order (no per-pixel conversion).</summary>
    public static void Pack(IReadOnlyList<VideoFrame> frames, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var offset = 0;
        foreach (var frame in frames)
        {
            frame.Rgb.AsSpan().CopyTo(destination[offset..]);
            offset += frame.Rgb.Length;
        }
    }

    /// <summary>
    /// Copies, for each window in order, the bytes of its frames (oldest first) into
    /// <paramref name="destination"/>: an [N,T,H,W,3] clip tensor.
    /// </summary>
    public static void PackWindows(IReadOnlyList<VideoFrame> frames, IReadOnlyList<ClipWindows.Window> windows, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(windows);
        var offset = 0;
        foreach (var window in windows)
        {
            foreach (var position in window.Frames)
            {
                var rgb = frames[position].Rgb;
                rgb.AsSpan().CopyTo(destination[offset..]);
                offset += rgb.Length;
            }
        }
    }
}
