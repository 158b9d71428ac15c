using WebAttention.Core.Jobs;

namespace WebAttention.Core.Reframing;

/// <summary>One crop path of a clip, as the studio lists it. Aspect is written "9:16".</summary>
public sealed record CropPathSummary(string Aspect, int Revision, DateTimeOffset UpdatedAt, int ManualKeyframes, bool Padded);

/// <summary>The crop window of one frame, in source pixels.</summary>
public sealed record CropFrameView(int X, int Y, int W, int H, bool Padded);

/// <summary>
/// A keyframe: the window centre the user pinned (Manual) or one the solver chose (automatic), and the window's
/// size as a zoom: 1 = the largest window of the path's aspect that fits the source, 2 = half its width and height.
/// Between manual keyframes of a shot the size is interpolated; automatic keyframes have zoom 1.
/// </summary>
public sealed record CropKeyframeView(long Frame, double CenterX, double CenterY, bool Manual, double Zoom = 1);

/// <summary>A shot of the path: frames [FirstFrame, EndFrame), its camera mode (steady, track, sweep).</summary>
public sealed record CropShotView(long FirstFrame, long EndFrame, string Mode, bool Padded);

/// <summary>A crop path at one revision: every frame's window, the keyframes and the shots.</summary>
public sealed record CropPathView(
    Guid ClipId,
    string Aspect,
    int Revision,
    int SourceWidth,
    int SourceHeight,
    double FrameRate,
    string Preset,
    IReadOnlyList<CropFrameView> Frames,
    IReadOnlyList<CropKeyframeView> Keyframes,
    IReadOnlyList<CropShotView> Shots);

/// <summary>Ask for paths of one or more aspects ("9:16", "1:1", "4:5", "16:9", "W:H") with a motion preset (slower, default, faster).</summary>
public sealed record ReframeRequestDto(IReadOnlyList<string> Aspects, string Preset = "default");

/// <summary>
/// An edit of a path's manual keyframes: the complete new set, based on <paramref name="BaseRevision"/>.
/// The server re-solves only the spans that changed and answers with the new revision (409 if the base is stale).
/// </summary>
public sealed record KeyframeEdit(int BaseRevision, IReadOnlyList<CropKeyframeView> Keyframes);

/// <summary>
/// Render reframed videos: aspects, output height (width follows the aspect; null: the default of
/// <see cref="ExportSize"/> for the source, per aspect), padding style (blur or solid).
/// </summary>
public sealed record ExportRequest(IReadOnlyList<string> Aspects, int? Height = null, string Padding = "blur");

/// <summary>An export of one aspect and where to download its files once it succeeded.</summary>
public sealed record ExportSummary(Guid JobId, string Aspect, JobState State, double Progress, string? Error, IReadOnlyDictionary<string, string> Downloads);

/// <summary>A job queued by POST CropPaths or POST Exports (answered with 202 and an array of these), one per aspect.</summary>
public sealed record QueuedJob(Guid JobId, string Aspect);
