using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Solving;

/// <summary>Pure translation of a span's focus, window and keyframes into an <see cref="AxisProblem"/>.</summary>
internal static class AxisProblemBuilder
{
    /// <summary>Sweeps weigh changes of speed this much more than tracking does (near-constant speed).</summary>
    public const double SweepAccelerationFactor = 20;

    /// <summary>The frame rate the preset weights are stated for.</summary>
    public const double ReferenceFrameRate = 30;

    /// <summary>Lowest and highest centre that keeps the window inside the frame.</summary>
    public static (double Lo, double Hi) FrameBounds(int frameExtent, int windowExtent) =>
        (windowExtent / 2.0, frameExtent - (windowExtent / 2.0));

    public static AxisProblem Build(AxisSpan span, PathWeights weights, double frameRate, bool withRequired = true, bool withSpeedLimit = true)
    {
        var n = span.Focus.Count;
        var (lo, hi) = FrameBounds(span.FrameExtent, span.WindowExtent);
        var half = span.WindowExtent / 2.0;
        var target = new double[n];
        var weight = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        var fix = new double[n];
        for (var t = 0; t < n; t++)
        {
            var f = span.Focus[t];
            target[t] = Math.Clamp(span.Axis == Axis.X ? f.X : f.Y, lo, hi);
            weight[t] = weights.Data * f.Weight;
            (lower[t], upper[t]) = (lo, hi);
            if (withRequired && f.Required is { } r)
            {
                var (rMin, rMax) = span.Axis == Axis.X ? (r.X, r.Right) : (r.Y, r.Bottom);
                var l = Math.Max(lo, rMax - half);
                var u = Math.Min(hi, rMin + half);
                if (l <= u)
                {
                    (lower[t], upper[t]) = (l, u);
                }
                else
                {
                    // Cannot hold it whole (rounding): centre on it.
                    var c = Math.Clamp((rMin + rMax) / 2, lo, hi);
                    (lower[t], upper[t]) = (c, c);
                }
            }

            fix[t] = double.NaN;
            if (span.Keyframes.TryGetValue(f.Frame, out var k))
            {
                var c = Math.Clamp(k, lo, hi);
                fix[t] = c;
                (lower[t], upper[t]) = (c, c);
            }
        }

        var k1 = frameRate / ReferenceFrameRate;
        var acceleration = weights.Acceleration * k1 * k1;
        if (span.Mode == CameraMode.Sweep)
        {
            acceleration *= SweepAccelerationFactor;
        }

        return new AxisProblem
        {
            Target = target,
            Weight = weight,
            Lower = lower,
            Upper = upper,
            Fixed = fix,
            Before = span.Before,
            After = span.After,
            Velocity = weights.Velocity * k1,
            Acceleration = acceleration,
            Jerk = weights.Jerk * k1 * k1 * k1,
            MaxStep = withSpeedLimit ? weights.MaxSpeed * span.FrameExtent / frameRate : double.PositiveInfinity,
            DeadZone = weights.DeadZone * span.WindowExtent,
            Containment = weights.Containment / Math.Max(weights.Data, 1e-9),
            SafeZone = weights.SafeZone * span.WindowExtent,
        };
    }
}
