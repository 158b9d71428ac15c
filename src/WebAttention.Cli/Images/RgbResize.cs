using WebAttention.Core.Media;

namespace WebAttention.Cli.Images;

/// <summary>Pure bilinear resize of packed RGB24 images (pixel centres aligned, edges clamped).</summary>
public static class RgbResize
{
    /// <summary>
    /// Resizes <paramref name="rgb"/> from <paramref name="from"/> to <paramref name="to"/> with the half-pixel
    /// convention (source x = (x + 0.5) · sw/dw − 0.5), as ffmpeg's and OpenCV's bilinear scalers. Same size copies.
    /// </summary>
    public static byte[] Bilinear(ReadOnlySpan<byte> rgb, FrameSize from, FrameSize to)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Height);
        if (rgb.Length != from.Area * 3)
        {
            throw new ArgumentException($"Expected {from} RGB24 = {from.Area * 3} bytes, got {rgb.Length}.", nameof(rgb));
        }

        if (from == to)
        {
            return rgb.ToArray();
        }

        var xs = Taps(from.Width, to.Width);
        var ys = Taps(from.Height, to.Height);
        var result = new byte[to.Area * 3];
        var stride = from.Width * 3;
        for (var y = 0; y < to.Height; y++)
        {
            var (y0, y1, wy) = ys[y];
            var row0 = rgb.Slice(y0 * stride, stride);
            var row1 = rgb.Slice(y1 * stride, stride);
            var target = result.AsSpan(y * to.Width * 3, to.Width * 3);
            for (var x = 0; x < to.Width; x++)
            {
                var (x0, x1, wx) = xs[x];
                for (var c = 0; c < 3; c++)
                {
                    float a = row0[(x0 * 3) + c], b = row0[(x1 * 3) + c], d = row1[(x0 * 3) + c], e = row1[(x1 * 3) + c];
                    var top = a + ((b - a) * wx);
                    var bottom = d + ((e - d) * wx);
                    target[(x * 3) + c] = (byte)Math.Clamp((int)MathF.Round(top + ((bottom - top) * wy)), 0, 255);
                }
            }
        }

        return result;
    }

    private static (int Low, int High, float Weight)[] Taps(int sourceLength, int targetLength)
    {
        var taps = new (int, int, float)[targetLength];
        var scale = (double)sourceLength / targetLength;
        for (var i = 0; i < targetLength; i++)
        {
            var position = Math.Clamp(((i + 0.5) * scale) - 0.5, 0, sourceLength - 1);
            var low = (int)Math.Floor(position);
            taps[i] = (low, Math.Min(low + 1, sourceLength - 1), (float)(position - low));
        }

        return taps;
    }
}
