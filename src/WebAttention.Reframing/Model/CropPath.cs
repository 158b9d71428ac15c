using WebAttention.Core.Reframing;

namespace WebAttention.Reframing.Model;

/// <summary>
/// The crop decision for one clip and one aspect: a window for every frame, the per-shot plan, the
/// user's keyframes, the solver settings and the focus track it was solved from (so an edit can be
/// re-solved without the maps). Stored as <c>croppath.&lt;aspect&gt;.json</c> (see <c>CropPathJson</c>).
/// </summary>
public sealed record CropPath
{
    /// <summary>Format version written by this code.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Format version.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Target aspect.</summary>
    public required AspectRatio Aspect { get; init; }

    /// <summary>Source width in pixels (windows are in these pixels).</summary>
    public required int SourceWidth { get; init; }

    /// <summary>Source height in pixels.</summary>
    public required int SourceHeight { get; init; }

    /// <summary>Frames per second of the source.</summary>
    public required double FrameRate { get; init; }

    /// <summary>Motion preset the weights came from.</summary>
    public MotionPreset Preset { get; init; } = MotionPreset.Default;

    /// <summary>Solver weights in force.</summary>
    public required PathWeights Weights { get; init; }

    /// <summary>Padding background.</summary>
    public PaddingStyle Padding { get; init; } = PaddingStyle.Blur;

    /// <summary>Solid padding colour.</summary>
    public string PaddingColor { get; init; } = "black";

    /// <summary>Zoom the windows were sized with.</summary>
    public double Zoom { get; init; } = 1.0;

    /// <summary>Per-shot plan, in order, covering every frame.</summary>
    public required IReadOnlyList<ShotPlan> Shots { get; init; }

    /// <summary>User keyframes, sorted by frame.</summary>
    public IReadOnlyList<CropKeyframe> Keyframes { get; init; } = [];

    /// <summary>The window of every frame.</summary>
    public required IReadOnlyList<CropWindow> Frames { get; init; }

    /// <summary>The focus of every frame the path was solved from.</summary>
    public required IReadOnlyList<FrameFocus> Focus { get; init; }

    /// <summary>Number of frames.</summary>
    public int FrameCount => Frames.Count;

    /// <summary>Whether any frame is padded.</summary>
    public bool HasPadding => Shots.Any(s => s.Padded);

    /// <summary>The shot plan holding <paramref name="frame"/>.</summary>
    public ShotPlan ShotOf(long frame) =>
        Shots.FirstOrDefault(s => frame >= s.FirstFrame && frame < s.EndFrame)
        ?? throw new ArgumentOutOfRangeException(nameof(frame), frame, "The frame is outside the path.");
}
