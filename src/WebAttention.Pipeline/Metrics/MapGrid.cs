namespace WebAttention.Pipeline.Metrics;

/// <summary>Argument checks and small statistics shared by the metrics (double precision throughout).</summary>
internal static class MapGrid
{
    public static void Check(ReadOnlySpan<float> map, int width, int height, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (map.Length != width * height)
        {
            throw new ArgumentException($"The map must hold width × height = {width * height} values (has {map.Length}).", name);
        }
    }

    /// <summary>
    /// Distinct fixated pixels as row-major indices, in first-seen order: like the benchmark's binary
    /// fixation maps, several fixations on one pixel count once.
    /// </summary>
    public static int[] DistinctPixels(IReadOnlyList<FixationPoint> fixations, int width, int height, string name)
    {
        ArgumentNullException.ThrowIfNull(fixations, name);
        var seen = new HashSet<int>();
        var pixels = new List<int>(fixations.Count);
        foreach (var f in fixations)
        {
            if (f.X < 0 || f.X >= width || f.Y < 0 || f.Y >= height)
            {
                throw new ArgumentOutOfRangeException(name, f, $"Fixation ({f.X}, {f.Y}) is outside the {width}x{height} map.");
            }

            var pixel = (f.Y * width) + f.X;
            if (seen.Add(pixel))
            {
                pixels.Add(pixel);
            }
        }

        return [.. pixels];
    }

    public static double[] ToDouble(ReadOnlySpan<float> map)
    {
        var values = new double[map.Length];
        for (var i = 0; i < map.Length; i++)
        {
            values[i] = map[i];
        }

        return values;
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>Sample standard deviation (N − 1), as MATLAB's <c>std</c> in the benchmark code.</summary>
    public static double SampleStd(ReadOnlySpan<double> values, double mean)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        double sum = 0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / (values.Length - 1));
    }

    /// <summary>Rescales to [0, 1] in place; false (values untouched) when the map is constant.</summary>
    public static bool TryMinMax(Span<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var range = max - min;
        if (!(range > 0) || double.IsInfinity(range))
        {
            return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (values[i] - min) / range;
        }

        return true;
    }

    /// <summary>Divides by the sum in place when any value is non-zero (MATLAB's <c>if any(map(:))</c>).</summary>
    public static void SumNormalizeIfAny(Span<double> values)
    {
        double sum = 0;
        var any = false;
        foreach (var v in values)
        {
            sum += v;
            any |= v != 0;
        }

        if (!any)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>Trapezoidal area under the polyline (x[i], y[i]), as MATLAB's <c>trapz(x, y)</c>.</summary>
    public static double Trapezoid(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double area = 0;
        for (var i = 1; i < x.Length; i++)
        {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }

        return area;
    }
}
