namespace WebAttention.Inference.Prediction;

/// <summary>Scales a map so its peak is 1; negatives and NaN become 0 (maps are non-negative). Pure.</summary>
public static class PeakNormalisation
{
    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/>, peak-normalised.</summary>
    public static void Apply(ReadOnlySpan<float> source, Span<float> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("Destination is shorter than source.", nameof(destination));
        }

        var peak = 0f;
        foreach (var value in source)
        {
            if (value > peak)
            {
                peak = value; // NaN compares false and is skipped
            }
        }

        var scale = peak > 0f && float.IsFinite(peak) ? 1f / peak : 0f;
        for (var i = 0; i < source.Length; i++)
        {
            var value = source[i];
            destination[i] = value > 0f && float.IsFinite(value) ? value * scale : 0f;
        }
    }
}
