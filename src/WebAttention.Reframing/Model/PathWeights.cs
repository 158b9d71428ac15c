namespace WebAttention.Reframing.Model;

/// <summary>
/// Weights and limits of the L1-optimal camera path (Grundmann, Kwatra, Essa, CVPR 2011), per axis:
/// minimise Σ wₜ·(Data·max(0, |cₜ − fₜ| − DeadZone) + Containment·max(0, |cₜ − fₜ| − SafeZone))
/// + Velocity·Σ|D¹c| + Acceleration·Σ|D²c| + Jerk·Σ|D³c| subject to |D¹c| ≤ MaxSpeed. The containment term is
/// the soft form of Grundmann's inclusion constraint: the focus may drift inside the window cheaply but is
/// pulled back hard when it nears the window's edge. Weights are stated for 30 fps and scaled by the solver to the clip's rate
/// (k = fps/30: Velocity·k, Acceleration·k², Jerk·k³), so a preset behaves the same in seconds at any rate.
/// </summary>
/// <param name="Data">Weight of the pull towards the focus (per frame, times the frame's focus weight).</param>
/// <param name="Velocity">w1: weight of |first difference| (total distance travelled).</param>
/// <param name="Acceleration">w2: weight of |second difference| (changes of speed).</param>
/// <param name="Jerk">w3: weight of |third difference| (abrupt starts and stops).</param>
/// <param name="MaxSpeed">Speed limit of the window centre, in frame widths (heights for y) per second.</param>
/// <param name="DeadZone">Focus moves within ± this fraction of the window size cost nothing (minimum motion before reframing).</param>
/// <param name="SteadyBand">A shot is steady when its focus stays within ± this fraction of the window size.</param>
/// <param name="SweepTolerance">A shot is a sweep when a straight line fits its focus within this fraction of the window size (mean absolute residual).</param>
/// <param name="Containment">Extra weight per pixel the focus lies beyond <paramref name="SafeZone"/> from the window centre.</param>
/// <param name="SafeZone">Half-width, as a fraction of the window size, of the band the focus may use freely (0.35: the middle 70%).</param>
public sealed record PathWeights(
    double Data,
    double Velocity,
    double Acceleration,
    double Jerk,
    double MaxSpeed,
    double DeadZone,
    double SteadyBand,
    double SweepTolerance,
    double Containment = 20,
    double SafeZone = 0.35)
{
    /// <summary>
    /// The documented weight sets. Default keeps the paper's ratio w1:w2:w3 = 10:1:100; Slower multiplies the
    /// smoothness weights by 3, halves the speed limit and doubles the dead zone; Faster divides the
    /// weights by 3, doubles the speed limit and narrows the dead zone. All presets: Containment 20, SafeZone 0.35.
    /// <list type="table">
    /// <listheader><term>preset</term><description>Data, w1, w2, w3, MaxSpeed (frame/s), DeadZone, SteadyBand, SweepTolerance</description></listheader>
    /// <item><term>Slower</term><description>1, 30, 3, 300, 0.25, 0.10, 0.25, 0.06</description></item>
    /// <item><term>Default</term><description>1, 10, 1, 100, 0.50, 0.05, 0.20, 0.05</description></item>
    /// <item><term>Faster</term><description>1, 3, 0.3, 30, 1.00, 0.02, 0.12, 0.04</description></item>
    /// </list>
    /// </summary>
    public static PathWeights For(MotionPreset preset) => preset switch
    {
        MotionPreset.Slower => new PathWeights(1, 30, 3, 300, 0.25, 0.10, 0.25, 0.06),
        MotionPreset.Default => new PathWeights(1, 10, 1, 100, 0.5, 0.05, 0.20, 0.05),
        MotionPreset.Faster => new PathWeights(1, 3, 0.3, 30, 1.0, 0.02, 0.12, 0.04),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown motion preset."),
    };

    /// <summary>Problems with these weights; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void NonNegative(double v, string name)
        {
            if (!(v >= 0) || double.IsInfinity(v))
            {
                errors.Add($"{name} must be a non-negative number (was {v}).");
            }
        }

        NonNegative(Data, nameof(Data));
        NonNegative(Velocity, nameof(Velocity));
        NonNegative(Acceleration, nameof(Acceleration));
        NonNegative(Jerk, nameof(Jerk));
        NonNegative(DeadZone, nameof(DeadZone));
        NonNegative(SteadyBand, nameof(SteadyBand));
        NonNegative(SweepTolerance, nameof(SweepTolerance));
        NonNegative(Containment, nameof(Containment));
        NonNegative(SafeZone, nameof(SafeZone));
        if (!(MaxSpeed > 0) || double.IsInfinity(MaxSpeed))
        {
            errors.Add($"{nameof(MaxSpeed)} must be positive (was {MaxSpeed}).");
        }

        return errors;
    }
}
