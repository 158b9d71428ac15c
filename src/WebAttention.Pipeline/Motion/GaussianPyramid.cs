namespace WebAttention.Pipeline.Motion;

/// <summary>Gaussian pyramid: each level is the one below blurred by the 5-tap binomial kernel and halved. Pure.</summary>
internal static class GaussianPyramid
{
    /// <summary>Smallest side a level may have; building stops before a level would be smaller.</summary>
    public const int MinimumSide = 16;

    /// <summary>Levels from <paramref name="image"/> (level 0) up to <paramref name="levels"/> in all, fewer for small images.</summary>
    public static GrayImage[] Build(GrayImage image, int levels)
    {
        var list = new List<GrayImage>(levels) { image };
        while (list.Count < levels && Math.Min(list[^1].Width, list[^1].Height) / 2 >= MinimumSide)
        {
            list.Add(Downsample(list[^1]));
        }

        return [.. list];
    }

    /// <summary>Blurs with [1 4 6 4 1]/16 in both directions (edges replicated) and keeps every second pixel.</summary>
    public static GrayImage Downsample(GrayImage source)
    {
        var (w, h, src) = (source.Width, source.Height, source.Pixels);
        var halfW = w / 2;
        var halfH = h / 2;
        var rows = new float[halfW * h];
        for (var y = 0; y < h; y++)
        {
            var row = y * w;
            for (var x = 0; x < halfW; x++)
            {
                var c = 2 * x;
                rows[y * halfW + x] = Tap(src[row + Clamp(c - 2, w)], src[row + Clamp(c - 1, w)], src[row + c], src[row + Clamp(c + 1, w)], src[row + Clamp(c + 2, w)]);
            }
        }

        var pixels = new float[halfW * halfH];
        for (var y = 0; y < halfH; y++)
        {
            var c = 2 * y;
            int r0 = Clamp(c - 2, h) * halfW, r1 = Clamp(c - 1, h) * halfW, r2 = c * halfW, r3 = Clamp(c + 1, h) * halfW, r4 = Clamp(c + 2, h) * halfW;
            for (var x = 0; x < halfW; x++)
            {
                pixels[y * halfW + x] = Tap(rows[r0 + x], rows[r1 + x], rows[r2 + x], rows[r3 + x], rows[r4 + x]);
            }
        }

        return new GrayImage(halfW, halfH, pixels);
    }

    private static int Clamp(int i, int length) => i < 0 ? 0 : i >= length ? length - 1 : i;

    private static float Tap(float a, float b, float c, float d, float e) => (a + e + 4f * (b + d) + 6f * c) * (1f / 16f);
}
