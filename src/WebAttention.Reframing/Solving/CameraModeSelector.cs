using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Solving;

/// <summary>
/// Chooses a shot's camera mode from its focus track, per axis against the window size:
/// <list type="number">
/// <item><b>Steady</b> when the 95th percentile of |focus − median focus| is within SteadyBand × window
/// (width for x, height for y) on both axes: the subject stays inside a band, so the camera holds still.</item>
/// <item><b>Sweep</b> otherwise, when a least-squares line fits the focus within SweepTolerance × window
/// (mean absolute residual) on both axes: near-linear motion, panned at constant speed.</item>
/// <item><b>Track</b> otherwise.</item>
/// </list>
/// </summary>
public static class CameraModeSelector
{
    /// <summary>The mode of a shot whose focus is <paramref name="focus"/>, for a window of the given size.</summary>
    public static CameraMode Select(IReadOnlyList<FrameFocus> focus, double windowWidth, double windowHeight, PathWeights weights)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(weights);
        if (focus.Count < 3)
        {
            return CameraMode.Steady;
        }

        var xs = focus.Select(f => f.X).ToArray();
        var ys = focus.Select(f => f.Y).ToArray();
        if (Spread(xs) <= weights.SteadyBand * windowWidth && Spread(ys) <= weights.SteadyBand * windowHeight)
        {
            return CameraMode.Steady;
        }

        return LineResidual(xs) <= weights.SweepTolerance * windowWidth && LineResidual(ys) <= weights.SweepTolerance * windowHeight
            ? CameraMode.Sweep
            : CameraMode.Track;
    }

    /// <summary>95th percentile of the absolute deviation from the median.</summary>
    internal static double Spread(double[] values)
    {
        var median = Percentile(values, 0.5);
        return Percentile(values.Select(v => Math.Abs(v - median)).ToArray(), 0.95);
    }

    /// <summary>Mean absolute residual of the least-squares line through (i, values[i]).</summary>
    internal static double LineResidual(double[] values)
    {
        var n = values.Length;
        double mt = (n - 1) / 2.0, mv = values.Average(), stv = 0, stt = 0;
        for (var i = 0; i < n; i++)
        {
            stv += (i - mt) * (values[i] - mv);
            stt += (i - mt) * (i - mt);
        }

        var slope = stt > 0 ? stv / stt : 0;
        double residual = 0;
        for (var i = 0; i < n; i++)
        {
            residual += Math.Abs(values[i] - (mv + (slope * (i - mt))));
        }

        return residual / n;
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Round(p * (sorted.Length - 1))];
    }
}
