using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Metrics;

/// <summary>
/// Ground-truth fixation density: fixations accumulated on the grid (repeats add up), blurred with a
/// Gaussian of σ pixels (about one degree of visual angle; 24 px for OSIE), normalised to sum 1.
/// </summary>
public static class FixationDensity
{
    /// <summary>Builds the density map, row-major, width × height values summing to 1 (all zeros without fixations).</summary>
    /// <param name="fixations">Fixations, all inside the grid.</param>
    /// <param name="width">Grid width.</param>
    /// <param name="height">Grid height.</param>
    /// <param name="sigma">Standard deviation of the blur in pixels.</param>
    public static float[] Build(IReadOnlyList<FixationPoint> fixations, int width, int height, double sigma)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var counts = new float[width * height];
        foreach (var f in fixations)
        {
            if (f.X < 0 || f.X >= width || f.Y < 0 || f.Y >= height)
            {
                throw new ArgumentOutOfRangeException(nameof(fixations), f, $"Fixation ({f.X}, {f.Y}) is outside the {width}x{height} grid.");
            }

            counts[(f.Y * width) + f.X]++;
        }

        var density = new float[counts.Length];
        if (fixations.Count == 0)
        {
            return density;
        }

        GaussianBlur.Apply(counts, width, height, sigma, density);
        Normalize(density);
        return density;
    }

    /// <summary>Divides by the sum in place (no change when the sum is not positive).</summary>
    internal static void Normalize(Span<float> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        if (!(sum > 0))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] / sum);
        }
    }
}
