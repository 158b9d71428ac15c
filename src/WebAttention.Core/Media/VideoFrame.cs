namespace WebAttention.Core.Media;

/// <summary>One decoded frame, packed RGB24 (row-major, 3 bytes a pixel), at analysis size.</summary>
/// <param name="Index">Zero-based frame number in the clip.</param>
/// <param name="Timestamp">Presentation time of the frame.</param>
/// <param name="Size">Width and height of <paramref name="Rgb"/>.</param>
/// <param name="Rgb">Pixels; length is Width × Height × 3.</param>
public sealed record VideoFrame(long Index, TimeSpan Timestamp, FrameSize Size, byte[] Rgb);
