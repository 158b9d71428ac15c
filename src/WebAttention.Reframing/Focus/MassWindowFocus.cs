namespace WebAttention.Reframing.Focus;

/// <summary>Where the output window holds the most of a map's mass (normalised centre) and how much more that is than the centred window holds.</summary>
/// <param name="X">Centre of the best window, horizontal (0–1).</param>
/// <param name="Y">Centre of the best window, vertical (0–1).</param>
/// <param name="Gain">(mass in the best window − mass in the centred window) / total mass, in [0, 1]: 0 when the centre is as good.</param>
public readonly record struct WindowFocus(double X, double Y, double Gain)
{
    /// <summary>No evidence against the centre.</summary>
    public static WindowFocus Centre { get; } = new(0.5, 0.5, 0);
}

/// <summary>
/// Pure: the window of a given share of the frame that holds the most mass of a saliency map taken as the distribution of
/// where people look, so the crop follows what a viewer most probably watches (the gaze share a crop keeps is exactly that
/// mass), and the gain over the centred window, the evidence that moving off-centre is worth it.
/// </summary>
public static class MassWindowFocus
{
    /// <summary>The best window of <paramref name="widthFraction"/> × <paramref name="heightFraction"/> of the grid (searched at cell steps).</summary>
    public static WindowFocus Compute(ReadOnlySpan<float> values, int width, int height, double widthFraction, double heightFraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (values.Length != width * height)
        {
            throw new ArgumentException($"A {width}x{height} map needs {width * height} values.", nameof(values));
        }

        var cw = Math.Clamp((int)Math.Round(widthFraction * width), 1, width);
        var ch = Math.Clamp((int)Math.Round(heightFraction * height), 1, height);
        var stride = width + 1;
        var sums = new double[stride * (height + 1)];
        for (var y = 0; y < height; y++)
        {
            double row = 0;
            for (var x = 0; x < width; x++)
            {
                var v = values[(y * width) + x];
                row += v > 0 && float.IsFinite(v) ? v : 0;
                sums[((y + 1) * stride) + x + 1] = sums[(y * stride) + x + 1] + row;
            }
        }

        var total = sums[^1];
        if (!(total > 0))
        {
            return WindowFocus.Centre;
        }

        double Mass(int x, int y) => sums[((y + ch) * stride) + x + cw] - sums[(y * stride) + x + cw] - sums[((y + ch) * stride) + x] + sums[(y * stride) + x];

        // The centred window may sit between cells: average the two (or four) nearest placements.
        var (cx, cy) = ((width - cw) / 2.0, (height - ch) / 2.0);
        var centre = (Mass((int)Math.Floor(cx), (int)Math.Floor(cy)) + Mass((int)Math.Ceiling(cx), (int)Math.Floor(cy))
            + Mass((int)Math.Floor(cx), (int)Math.Ceiling(cy)) + Mass((int)Math.Ceiling(cx), (int)Math.Ceiling(cy))) / 4;
        double best = -1, bestDistance = double.MaxValue;
        var (bx, by) = (0, 0);
        for (var y = 0; y + ch <= height; y++)
        {
            for (var x = 0; x + cw <= width; x++)
            {
                var mass = Mass(x, y);
                var distance = Math.Abs(x - cx) + Math.Abs(y - cy);
                if (mass > best + 1e-12 || (mass > best - 1e-12 && distance < bestDistance))
                {
                    (best, bestDistance, bx, by) = (mass, distance, x, y);
                }
            }
        }

        return new WindowFocus((bx + (cw / 2.0)) / width, (by + (ch / 2.0)) / height, Math.Clamp((best - centre) / total, 0, 1));
    }
}
