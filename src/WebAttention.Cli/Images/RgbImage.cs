using WebAttention.Core.Media;

namespace WebAttention.Cli.Images;

/// <summary>A decoded still image, packed RGB24, row-major.</summary>
/// <param name="Size">Width and height.</param>
/// <param name="Rgb">Pixels; length Width × Height × 3.</param>
public sealed record RgbImage(FrameSize Size, byte[] Rgb);
