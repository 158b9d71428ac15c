using WebAttention.Reframing.Quality;

namespace WebAttention.Cli.Bench;

/// <summary>What <c>bench-reframe</c> measured in one run (its <c>--json</c> file, camelCase).</summary>
/// <param name="Aspect">Target aspect, e.g. <c>9:16</c>.</param>
/// <param name="Preset">Motion preset of our path.</param>
/// <param name="Device">Inference device of the analyses.</param>
/// <param name="Model">Model of the analyses.</param>
/// <param name="Clips">One row per clip.</param>
/// <param name="Overall">Frame-weighted means over all clips.</param>
/// <param name="Speed">Render speed, ours against plain ffmpeg (null when skipped).</param>
/// <param name="WallSeconds">Wall seconds of the whole command.</param>
public sealed record ReframeBenchReport(
    string Aspect,
    string Preset,
    string Device,
    string Model,
    IReadOnlyList<ReframeQualityRow> Clips,
    ReframeQualityRow? Overall,
    ReframeSpeedResult? Speed,
    double WallSeconds);

/// <summary>Our path and the two baselines on one clip (or the mean of all clips).</summary>
/// <param name="Clip">File name, <c>generated:…</c> for generated clips, or <c>all clips</c>.</param>
/// <param name="Width">Source width (0 for the overall row).</param>
/// <param name="Height">Source height.</param>
/// <param name="Fps">Source frame rate.</param>
/// <param name="Frames">Frames measured.</param>
/// <param name="Shots">Shots detected.</param>
/// <param name="Modes">Camera mode of each shot, e.g. <c>Track, Steady</c>.</param>
/// <param name="Ours">Our solved path.</param>
/// <param name="CentreCrop">Fixed centre crop of the same window sizes.</param>
/// <param name="Greedy">Per-frame best window, no smoothing.</param>
/// <param name="CoverageRatio">Our saliency share ÷ greedy's (target ≥ 0.9).</param>
/// <param name="JerkRatio">Our jerk ÷ greedy's (target ≤ 0.1; NaN when greedy's is 0).</param>
public sealed record ReframeQualityRow(
    string Clip,
    int Width,
    int Height,
    double Fps,
    long Frames,
    int Shots,
    string Modes,
    PathQuality Ours,
    PathQuality CentreCrop,
    PathQuality Greedy,
    double CoverageRatio,
    double JerkRatio)
{
    /// <summary>Target: our coverage at least this share of greedy's.</summary>
    public const double CoverageTarget = 0.9;

    /// <summary>Target: our jerk at most this share of greedy's.</summary>
    public const double JerkTarget = 0.1;

    /// <summary>Whether both targets are met.</summary>
    public bool MeetsTargets => CoverageRatio >= CoverageTarget && !(JerkRatio > JerkTarget);
}

/// <summary>Render speed on the generated 1080p clip: our renderer against a plain ffmpeg crop+scale to the same size.</summary>
/// <param name="ClipCommand">The exact ffmpeg command that generated the clip.</param>
/// <param name="PlainCommand">The exact plain ffmpeg command measured.</param>
/// <param name="Frames">Frames of the clip.</param>
/// <param name="ExportWidth">Export width.</param>
/// <param name="ExportHeight">Export height.</param>
/// <param name="Runs">Timed runs of each (alternating, plain first); the fastest of each is compared.</param>
/// <param name="OursSeconds">Each run of ours, wall seconds.</param>
/// <param name="PlainSeconds">Each run of plain ffmpeg, wall seconds.</param>
/// <param name="OursFramesPerSecond">Frames ÷ the fastest run of ours.</param>
/// <param name="PlainFramesPerSecond">Frames ÷ the fastest run of plain ffmpeg.</param>
/// <param name="Ratio">Ours ÷ plain frames/s (target ≥ 0.8).</param>
public sealed record ReframeSpeedResult(
    string ClipCommand,
    string PlainCommand,
    long Frames,
    int ExportWidth,
    int ExportHeight,
    int Runs,
    IReadOnlyList<double> OursSeconds,
    IReadOnlyList<double> PlainSeconds,
    double OursFramesPerSecond,
    double PlainFramesPerSecond,
    double Ratio)
{
    /// <summary>Target: our speed at least this share of plain ffmpeg's.</summary>
    public const double Target = 0.8;

    /// <summary>CPU seconds (user + system) of the ffmpeg processes of each run of ours (NaN without <c>/proc</c>).</summary>
    public IReadOnlyList<double> OursCpuSeconds { get; init; } = [];

    /// <summary>CPU seconds of each plain ffmpeg run.</summary>
    public IReadOnlyList<double> PlainCpuSeconds { get; init; } = [];

    /// <summary>Ours ÷ plain in frames per CPU second (fewest CPU seconds of each): the ratio that other work on shared cores barely moves.</summary>
    public double CpuRatio { get; init; }
}
