namespace WebAttention.Reframing.Focus;

/// <summary>Pure reduction of one saliency map to a <see cref="SalientFocus"/> (centroid of the salient mass, peak, confidence).</summary>
public static class SaliencyFocus
{
    /// <summary>Reduces a float map (row-major, non-negative).</summary>
    /// <param name="values">Map values.</param>
    /// <param name="width">Map width.</param>
    /// <param name="height">Map height.</param>
    /// <param name="massThreshold">Fraction of the peak a value needs to count as salient mass (0–1).</param>
    public static SalientFocus Compute(ReadOnlySpan<float> values, int width, int height, double massThreshold)
    {
        Check(values.Length, width, height, massThreshold);
        var peak = 0f;
        var peakIndex = 0;
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (v > peak)
            {
                peak = v;
                peakIndex = i;
            }

            sum += Math.Max(0, v);
        }

        if (!(peak > 0) || !float.IsFinite(peak))
        {
            return SalientFocus.Flat;
        }

        var threshold = massThreshold * peak;
        double mass = 0, mx = 0, my = 0;
        for (var y = 0; y < height; y++)
        {
            var row = values.Slice(y * width, width);
            for (var x = 0; x < width; x++)
            {
                var v = row[x];
                if (v >= threshold)
                {
                    mass += v;
                    mx += v * (x + 0.5);
                    my += v * (y + 0.5);
                }
            }
        }

        var confidence = Math.Clamp(1 - (sum / values.Length / peak), 0, 1);
        return new SalientFocus(
            mx / mass / width,
            my / mass / height,
            ((peakIndex % width) + 0.5) / width,
            ((peakIndex / width) + 0.5) / height,
            confidence);
    }

    /// <summary>Reduces an 8-bit stored map (as read by <c>ChunkedSaliencyReader</c>).</summary>
    public static SalientFocus Compute(ReadOnlySpan<byte> values, int width, int height, double massThreshold)
    {
        Check(values.Length, width, height, massThreshold);
        var floats = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            floats[i] = values[i];
        }

        return Compute(floats, width, height, massThreshold);
    }

    private static void Check(int length, int width, int height, double massThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (length != width * height)
        {
            throw new ArgumentException($"A {width}x{height} map needs {width * height} values (got {length}).", nameof(length));
        }

        if (!(massThreshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(massThreshold), massThreshold, "The mass threshold must be in [0, 1].");
        }
    }
}
