using WebAttention.Cli.Evaluation;

namespace WebAttention.Cli.Video;

/// <summary>One video's scores in <c>eval --dataset ascmn</c>.</summary>
/// <param name="Video">Folder name.</param>
/// <param name="Frames">Frames with gaze scored.</param>
/// <param name="Rows">Each map source with its mean scores over the frames.</param>
public sealed record VideoEvalVideo(string Video, int Frames, IReadOnlyList<EvalRow> Rows);

/// <summary>What <c>eval --dataset ascmn --json FILE</c> writes.</summary>
/// <param name="Dataset">ascmn.</param>
/// <param name="Root">Data folder.</param>
/// <param name="Split">fit, val or all.</param>
/// <param name="Model">Model name.</param>
/// <param name="Device">Execution device.</param>
/// <param name="Videos">Per-video rows.</param>
/// <param name="Mean">Mean over the videos (each video counts once).</param>
/// <param name="WallSeconds">Wall time.</param>
public sealed record VideoEvalReport(string Dataset, string Root, string Split, string Model, string Device, IReadOnlyList<VideoEvalVideo> Videos, IReadOnlyList<EvalRow> Mean, double WallSeconds);
