using StbImageSharp;

namespace WebAttention.Inference.Training;

/// <summary>A packed RGB24 image.</summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="Pixels">Row-major R,G,B bytes.</param>
public sealed record RgbImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Decodes a JPEG/PNG file to RGB24 (StbImageSharp).</summary>
    public static async Task<RgbImage> DecodeAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);
        return new RgbImage(image.Width, image.Height, image.Data);
    }

    /// <summary>
    /// Area-average resample to <paramref name="width"/>×<paramref name="height"/>: every output pixel is the
    /// mean of the source area it covers (partial pixels weighted), so downscaling does not alias. Pure.
    /// </summary>
    public RgbImage ResizeArea(int width, int height) =>
        new(width, height, WebAttention.Pipeline.Maps.MapResampler.AreaAverage(Pixels, new(Width, Height), new(width, height), channels: 3));
}
