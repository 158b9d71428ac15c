using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Pipeline.Shots;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Tests.Support;

/// <summary>Synthetic focus tracks and a GLOP-backed solver.</summary>
internal static class Tracks
{
    public static readonly FrameSize Hd = new(1920, 1080);

    public static IReadOnlyList<FrameFocus> Of(IEnumerable<double> xs, double y = 540, double weight = 1) =>
        [.. xs.Select((x, i) => new FrameFocus(i, x, y, weight))];

    public static IReadOnlyList<Shot> OneShot(int frames) => ShotSegmenter.FromCuts([], frames);

    public static CropPath Solve(IReadOnlyList<FrameFocus> focus, ReframeRequest? request = null, IReadOnlyList<Shot>? shots = null, FrameSize? source = null, double fps = 30) =>
        Glop.Solver.Solve(source ?? Hd, fps, shots ?? OneShot(focus.Count), focus, request ?? new ReframeRequest(AspectRatio.Portrait9x16));
}
