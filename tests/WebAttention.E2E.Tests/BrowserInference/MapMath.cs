namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>Test frames and map comparison: Pearson CC and bilinear resampling (pure).</summary>
public static class MapMath
{
    /// <summary>A deterministic RGB24 frame: colour gradients, a bright disc, a checkerboard patch and a dark bar.</summary>
    public static byte[] SyntheticFrame(int width, int height)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = ((byte)(40 + (120 * x / width)), (byte)(60 + (100 * y / height)), (byte)90);
                var dx = x - (0.3 * width);
                var dy = y - (0.55 * height);
                if ((dx * dx) + (dy * dy) < 0.02 * width * height)
                {
                    (r, g, b) = (250, 220, 40);
                }
                else if (x > 0.65 * width && x < 0.9 * width && y > 0.15 * height && y < 0.5 * height)
                {
                    var on = ((x / 6) + (y / 6)) % 2 == 0;
                    (r, g, b) = on ? ((byte)255, (byte)255, (byte)255) : ((byte)0, (byte)0, (byte)0);
                }
                else if (y > 0.85 * height && x > 0.1 * width && x < 0.6 * width)
                {
                    (r, g, b) = (15, 15, 20);
                }

                var o = ((y * width) + x) * 3;
                (rgb[o], rgb[o + 1], rgb[o + 2]) = (r, g, b);
            }
        }

        return rgb;
    }

    /// <summary>Pearson linear correlation of two maps of the same length (the benchmark CC).</summary>
    public static double Correlation(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        if (a.Count != b.Count || a.Count == 0)
        {
            throw new ArgumentException($"Maps of {a.Count} and {b.Count} values cannot be compared.");
        }

        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var (da, db) = (a[i] - ma, b[i] - mb);
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return sab / Math.Sqrt(saa * sbb);
    }

    /// <summary>Bilinear (half-pixel centres, edge clamp) resampling of a width × height map.</summary>
    public static float[] Resize(IReadOnlyList<float> map, int width, int height, int toWidth, int toHeight)
    {
        var result = new float[toWidth * toHeight];
        for (var y = 0; y < toHeight; y++)
        {
            var sy = Math.Clamp(((y + 0.5) * height / toHeight) - 0.5, 0, height - 1);
            var (y0, fy) = ((int)sy, sy - (int)sy);
            var y1 = Math.Min(y0 + 1, height - 1);
            for (var x = 0; x < toWidth; x++)
            {
                var sx = Math.Clamp(((x + 0.5) * width / toWidth) - 0.5, 0, width - 1);
                var (x0, fx) = ((int)sx, sx - (int)sx);
                var x1 = Math.Min(x0 + 1, width - 1);
                var top = (map[(y0 * width) + x0] * (1 - fx)) + (map[(y0 * width) + x1] * fx);
                var bottom = (map[(y1 * width) + x0] * (1 - fx)) + (map[(y1 * width) + x1] * fx);
                result[(y * toWidth) + x] = (float)((top * (1 - fy)) + (bottom * fy));
            }
        }

        return result;
    }
}
