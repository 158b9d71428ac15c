using WebAttention.Core.Media;

namespace WebAttention.Media.Images;

/// <summary>Pure resizing of 8-bit single-channel maps (saliency at analysis size → frame size).</summary>
public static class GrayMapResize
{
    /// <summary>
    /// Bilinear resize with pixel centres aligned (the OpenCV <c>INTER_LINEAR</c> convention:
    /// source x = (x + 0.5) · sw/dw − 0.5, clamped at the edges), rounded to the nearest byte.
    /// Same size returns a copy.
    /// </summary>
    public static byte[] Bilinear(ReadOnlySpan<byte> source, FrameSize from, FrameSize to)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from.Height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(to.Height);
        if (source.Length != from.Area)
        {
            throw new ArgumentException($"Expected {from} = {from.Area} bytes, got {source.Length}.", nameof(source));
        }

        if (from == to)
        {
            return source.ToArray();
        }

        var xs = Taps(from.Width, to.Width);
        var ys = Taps(from.Height, to.Height);
        var result = new byte[to.Area];
        for (var y = 0; y < to.Height; y++)
        {
            var (y0, y1, wy) = ys[y];
            var row0 = source.Slice(y0 * from.Width, from.Width);
            var row1 = source.Slice(y1 * from.Width, from.Width);
            var target = result.AsSpan(y * to.Width, to.Width);
            for (var x = 0; x < to.Width; x++)
            {
                var (x0, x1, wx) = xs[x];
                var top = row0[x0] + ((row0[x1] - row0[x0]) * wx);
                var bottom = row1[x0] + ((row1[x1] - row1[x0]) * wx);
                target[x] = (byte)Math.Clamp((int)MathF.Round(top + ((bottom - top) * wy)), 0, 255);
            }
        }

        return result;
    }

    // For each target coordinate: the two source neighbours and the weight of the second.
    private static (int Low, int High, float Weight)[] Taps(int sourceLength, int targetLength)
    {
        var taps = new (int, int, float)[targetLength];
        var scale = (double)sourceLength / targetLength;
        for (var i = 0; i < targetLength; i++)
        {
            var position = Math.Clamp(((i + 0.5) * scale) - 0.5, 0, sourceLength - 1);
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sourceLength - 1);
            taps[i] = (low, high, (float)(position - low));
        }

        return taps;
    }
}
