namespace WebAttention.Pipeline.Shots;

/// <summary>Pure colour-histogram functions for cut detection.</summary>
public static class ColorHistogram
{
    /// <summary>Length of a joint RGB histogram with <paramref name="binsPerChannel"/> bins a channel.</summary>
    public static int Length(int binsPerChannel) => binsPerChannel * binsPerChannel * binsPerChannel;

    /// <summary>
    /// Joint RGB histogram of packed RGB24 pixels, normalised to sum 1 (all zeros for no pixels).
    /// </summary>
    /// <param name="rgb">Packed pixels, 3 bytes each.</param>
    /// <param name="binsPerChannel">Bins per channel; channel value v falls in bin v × bins / 256.</param>
    /// <param name="destination">Receives <see cref="Length"/> values.</param>
    public static void Compute(ReadOnlySpan<byte> rgb, int binsPerChannel, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binsPerChannel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(binsPerChannel, 256);
        if (rgb.Length % 3 != 0)
        {
            throw new ArgumentException("RGB24 data must be a multiple of 3 bytes.", nameof(rgb));
        }

        var length = Length(binsPerChannel);
        if (destination.Length != length)
        {
            throw new ArgumentException($"Destination must hold {length} bins.", nameof(destination));
        }

        destination.Clear();
        var pixels = rgb.Length / 3;
        if (pixels == 0)
        {
            return;
        }

        Span<int> counts = length <= 4096 ? stackalloc int[length] : new int[length];
        counts.Clear();
        for (var i = 0; i < rgb.Length; i += 3)
        {
            var r = rgb[i] * binsPerChannel >> 8;
            var g = rgb[i + 1] * binsPerChannel >> 8;
            var b = rgb[i + 2] * binsPerChannel >> 8;
            counts[(((r * binsPerChannel) + g) * binsPerChannel) + b]++;
        }

        var scale = 1f / pixels;
        for (var i = 0; i < length; i++)
        {
            destination[i] = counts[i] * scale;
        }
    }

    /// <summary>
    /// Total-variation distance of two normalised histograms: half the L1 difference, 0 for identical
    /// colour distributions and 1 for disjoint ones (equals 1 − histogram intersection).
    /// </summary>
    public static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Histograms must have the same length.", nameof(b));
        }

        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return Math.Min(1.0, sum / 2);
    }
}
