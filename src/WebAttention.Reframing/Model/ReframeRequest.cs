using WebAttention.Core.Reframing;

namespace WebAttention.Reframing.Model;

/// <summary>What the user asks for: target aspect, motion preset, padding, zoom and keyframes.</summary>
public sealed record ReframeRequest
{
    /// <summary>Creates a request for <paramref name="aspect"/> with the defaults.</summary>
    public ReframeRequest(AspectRatio aspect) => Aspect = aspect;

    /// <summary>Target aspect ratio.</summary>
    public AspectRatio Aspect { get; init; }

    /// <summary>Motion preset; sets <see cref="Weights"/> unless they are given.</summary>
    public MotionPreset Preset { get; init; } = MotionPreset.Default;

    /// <summary>Explicit weights (expert setting); null uses <see cref="PathWeights.For"/> of <see cref="Preset"/>.</summary>
    public PathWeights? Weights { get; init; }

    /// <summary>Padding background when required content cannot fit.</summary>
    public PaddingStyle Padding { get; init; } = PaddingStyle.Blur;

    /// <summary>Colour for <see cref="PaddingStyle.Solid"/> (ffmpeg name or 0xRRGGBB).</summary>
    public string PaddingColor { get; init; } = "black";

    /// <summary>
    /// Zoom: 1 is the largest window of the aspect that fits the frame; above 1 the window shrinks by this
    /// factor, but never below what the shot's required regions need. At least 1.
    /// </summary>
    public double Zoom { get; init; } = 1.0;

    /// <summary>User keyframes (hard constraints).</summary>
    public IReadOnlyList<CropKeyframe> Keyframes { get; init; } = [];

    /// <summary>How focus is fused from maps and faces.</summary>
    public FocusOptions Focus { get; init; } = new();

    /// <summary>The weights in force.</summary>
    public PathWeights EffectiveWeights => Weights ?? PathWeights.For(Preset);
}
