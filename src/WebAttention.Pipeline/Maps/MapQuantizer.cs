namespace WebAttention.Pipeline.Maps;

/// <summary>
/// Pure conversions between float maps and the 8-bit stored form, where the frame's peak is 255
/// and 0 means no attention (see <see cref="Core.Saliency.SaliencyIndex"/>).
/// </summary>
public static class MapQuantizer
{
    /// <summary>
    /// Peak-normalises to bytes: round(255 × value / peak), so the frame's peak is 255. Negative and NaN
    /// values become 0; a map without a positive finite peak becomes all zeros.
    /// </summary>
    public static void ToBytes(ReadOnlySpan<float> values, Span<byte> destination)
    {
        RequireSameLength(values.Length, destination.Length, nameof(destination));
        var peak = Peak(values);
        if (peak <= 0)
        {
            destination.Clear();
            return;
        }

        var scale = 255.0 / peak;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = (byte)Math.Clamp(Math.Round(Clean(values[i]) * scale, MidpointRounding.AwayFromZero), 0, 255);
        }
    }

    /// <summary>Allocating form of <see cref="ToBytes(ReadOnlySpan{float}, Span{byte})"/>.</summary>
    public static byte[] ToBytes(ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length];
        ToBytes(values, bytes);
        return bytes;
    }

    /// <summary>Stored bytes back to [0, 1] floats (value / 255).</summary>
    public static void ToUnit(ReadOnlySpan<byte> bytes, Span<float> destination)
    {
        RequireSameLength(bytes.Length, destination.Length, nameof(destination));
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[i] = bytes[i] / 255f;
        }
    }

    /// <summary>Largest finite value (0 when none is positive).</summary>
    public static double Peak(ReadOnlySpan<float> values)
    {
        double peak = 0;
        foreach (var v in values)
        {
            if (float.IsFinite(v) && v > peak)
            {
                peak = v;
            }
        }

        return peak;
    }

    private static double Clean(float v) => float.IsFinite(v) && v > 0 ? v : 0;

    private static void RequireSameLength(int source, int destination, string name)
    {
        if (source != destination)
        {
            throw new ArgumentException("Source and destination must have the same length.", name);
        }
    }
}
