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
    public RgbImage ResizeArea(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var columns = Spans(Width, width);
        var rows = Spans(Height, height);
        var output = new byte[width * height * 3];
        Span<double> sum = stackalloc double[3];
        for (var oy = 0; oy < height; oy++)
        {
            for (var ox = 0; ox < width; ox++)
            {
                sum.Clear();
                var area = 0.0;
                foreach (var (sy, wy) in rows[oy])
                {
                    foreach (var (sx, wx) in columns[ox])
                    {
                        var weight = wy * wx;
                        var i = ((sy * Width) + sx) * 3;
                        sum[0] += weight * Pixels[i];
                        sum[1] += weight * Pixels[i + 1];
                        sum[2] += weight * Pixels[i + 2];
                        area += weight;
                    }
                }

                var o = ((oy * width) + ox) * 3;
                for (var c = 0; c < 3; c++)
                {
                    output[o + c] = (byte)Math.Clamp(Math.Round(sum[c] / area), 0, 255);
                }
            }
        }

        return new RgbImage(width, height, output);
    }

    /// <summary>For each output index, the source indices it covers and how much of each.</summary>
    private static List<(int Index, double Weight)>[] Spans(int source, int target)
    {
        var spans = new List<(int, double)>[target];
        var step = (double)source / target;
        for (var o = 0; o < target; o++)
        {
            var start = o * step;
            var end = start + step;
            var list = new List<(int, double)>();
            for (var s = (int)Math.Floor(start); s < Math.Min(source, (int)Math.Ceiling(end)); s++)
            {
                var weight = Math.Min(end, s + 1) - Math.Max(start, s);
                if (weight > 1e-9)
                {
                    list.Add((s, weight));
                }
            }

            spans[o] = list;
        }

        return spans;
    }
}
