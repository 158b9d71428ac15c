using WebAttention.Core.Media;

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
    public RgbImage ResizeArea(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var columns = Spans(Size.Width, width);
        var rows = Spans(Size.Height, height);
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
                        var i = ((sy * Size.Width) + sx) * 3;
                        sum[0] += weight * Rgb[i];
                        sum[1] += weight * Rgb[i + 1];
                        sum[2] += weight * Rgb[i + 2];
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

        return new RgbImage(new FrameSize(width, height), output);
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
