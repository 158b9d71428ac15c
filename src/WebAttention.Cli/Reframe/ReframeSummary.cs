using WebAttention.Cli.Output;

namespace WebAttention.Cli.Reframe;

/// <summary>What <c>reframe</c> writes to <c>reframe.json</c> (camelCase).</summary>
/// <param name="Clip">Full path of the clip.</param>
/// <param name="Frames">Frames in the clip (decoded).</param>
/// <param name="Fps">The clip's frame rate.</param>
/// <param name="VideoSize">The clip's frame size.</param>
/// <param name="Analysis"><c>reused</c> (an existing store matched) or <c>analysed</c>.</param>
/// <param name="Model">Model that produced the maps (from the store's index).</param>
/// <param name="Device">Device that produced the maps.</param>
/// <param name="ShotCuts">Frames that start a new shot.</param>
/// <param name="Aspects">One entry per requested aspect.</param>
/// <param name="AnalysisSeconds">Wall seconds of the analysis (0 when reused).</param>
/// <param name="WallSeconds">Wall seconds of the whole command.</param>
public sealed record ReframeSummary(
    string Clip,
    long Frames,
    double Fps,
    SizeJson VideoSize,
    string Analysis,
    string Model,
    string Device,
    IReadOnlyList<long> ShotCuts,
    IReadOnlyList<AspectSummary> Aspects,
    double AnalysisSeconds,
    double WallSeconds);

/// <summary>One aspect's outcome.</summary>
/// <param name="Aspect">The ratio, e.g. <c>9:16</c>.</param>
/// <param name="Files">Files written, relative to the output folder.</param>
/// <param name="ExportSize">Size of the rendered video (also when not rendered: what it would be).</param>
/// <param name="Padding"><c>none</c>, or the padding style and the padded shots.</param>
/// <param name="Shots">Camera mode and window of each shot.</param>
/// <param name="SaliencyShare">Mean share of saliency mass inside the window: ours.</param>
/// <param name="CentreShare">The same for a fixed centre crop.</param>
/// <param name="GreedyShare">The same for the per-frame best window (no smoothing).</param>
/// <param name="Jerk">Mean |third difference| of our window centre (px/frame³).</param>
/// <param name="GreedyJerk">The same for the greedy window.</param>
/// <param name="SolveSeconds">Wall seconds to solve the path.</param>
/// <param name="RenderSeconds">Wall seconds to render (0 with <c>--no-render</c>).</param>
public sealed record AspectSummary(
    string Aspect,
    IReadOnlyList<string> Files,
    SizeJson ExportSize,
    string Padding,
    IReadOnlyList<ShotSummary> Shots,
    double SaliencyShare,
    double CentreShare,
    double GreedyShare,
    double Jerk,
    double GreedyJerk,
    double SolveSeconds,
    double RenderSeconds);

/// <summary>One shot of one aspect.</summary>
/// <param name="Index">Shot number from 0.</param>
/// <param name="FirstFrame">First frame.</param>
/// <param name="FrameCount">Frames.</param>
/// <param name="Mode">Steady, Track or Sweep.</param>
/// <param name="Window">Window size in source pixels.</param>
/// <param name="Padded">Whether the shot is letterboxed.</param>
public sealed record ShotSummary(int Index, long FirstFrame, long FrameCount, string Mode, SizeJson Window, bool Padded);
