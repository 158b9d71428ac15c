namespace WebAttention.Reframing.Solving;

/// <summary>
/// One axis of one span of the camera path as an L1 problem (Grundmann et al. 2011): find centres cₜ
/// (t = 0..n−1) minimising Σ Weightₜ·max(0, |cₜ − Targetₜ| − DeadZone) + Σ Weightₜ·Containment·max(0, |cₜ − Targetₜ| − SafeZone) + Velocity·Σ|D¹| + Acceleration·Σ|D²|
/// + Jerk·Σ|D³| over the sequence Before ++ c ++ After, subject to Lowerₜ ≤ cₜ ≤ Upperₜ, cₜ = Fixedₜ where
/// given, and |D¹| ≤ MaxStep (when finite). Before/After are fixed centres of the neighbouring frames, so a
/// re-solved span joins its neighbours smoothly without moving them.
/// </summary>
public sealed record AxisProblem
{
    /// <summary>Preferred centre per frame (the focus).</summary>
    public required double[] Target { get; init; }

    /// <summary>Data weight per frame (already multiplied by the preset's Data weight).</summary>
    public required double[] Weight { get; init; }

    /// <summary>Lowest allowed centre per frame (frame bound, required regions).</summary>
    public required double[] Lower { get; init; }

    /// <summary>Highest allowed centre per frame.</summary>
    public required double[] Upper { get; init; }

    /// <summary>Hard positions (keyframes) per frame, NaN where free.</summary>
    public required double[] Fixed { get; init; }

    /// <summary>Fixed centres of up to 3 frames just before the span (oldest first).</summary>
    public double[] Before { get; init; } = [];

    /// <summary>Fixed centres of up to 3 frames just after the span.</summary>
    public double[] After { get; init; } = [];

    /// <summary>w1 (already scaled to the frame rate).</summary>
    public double Velocity { get; init; }

    /// <summary>w2 (already scaled).</summary>
    public double Acceleration { get; init; }

    /// <summary>w3 (already scaled).</summary>
    public double Jerk { get; init; }

    /// <summary>Largest move of the centre between two frames, pixels; +∞ for none.</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>Half-width of the dead zone around the target, pixels.</summary>
    public double DeadZone { get; init; }

    /// <summary>Weight (times Weightₜ) of the focus lying beyond <see cref="SafeZone"/> from the centre.</summary>
    public double Containment { get; init; }

    /// <summary>Distance from the centre the focus may have without the containment cost, pixels.</summary>
    public double SafeZone { get; init; } = double.PositiveInfinity;

    /// <summary>Number of free frames.</summary>
    public int Length => Target.Length;
}
