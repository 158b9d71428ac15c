using WebAttention.Core.Media;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Training.Images;

/// <summary>A decoded still image, packed RGB24, row-major (read with <see cref="ImageFiles.ReadRgbAsync"/>).</summary>
/// <param name="Size">Width and height.</param>
/// <param name="Rgb">Pixels; length Width × Height × 3.</param>
public sealed record RgbImage(FrameSize Size, byte[] Rgb)
{
    /// <summary>
    /// Area-average resample to <paramref name="width"/>×<paramref name="height"/>: every output pixel is the
    /// mean of the source area it covers (partial pixels weighted), so downscaling does not alias. Pure.
    /// </summary>
    public RgbImage ResizeArea(int width, int height) =>
        new(new FrameSize(width, height), MapResampler.AreaAverage(Rgb, Size, new FrameSize(width, height), channels: 3));
}
