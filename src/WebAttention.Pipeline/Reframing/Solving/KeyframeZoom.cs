using WebAttention.Core.Media;
using WebAttention.Pipeline.Reframing.Model;

namespace WebAttention.Pipeline.Reframing.Solving;

/// <summary>
/// Per-frame window size from the keyframes' zoom: linear between the keyframes of a shot, held before the first
/// and after the last; zoom 1 (or a padded shot) keeps the shot's planned window. Pure.
/// </summary>
public static class KeyframeZoom
{
    /// <summary>The zoom at <paramref name="frame"/> given the shot's keyframes in frame order (1 when there are none).</summary>
    public static double At(IReadOnlyList<CropKeyframe> shotKeyframes, long frame)
    {
        ArgumentNullException.ThrowIfNull(shotKeyframes);
        if (shotKeyframes.Count == 0)
        {
            return 1;
        }
        if (frame <= shotKeyframes[0].Frame)
        {
            return shotKeyframes[0].Zoom;
        }
        for (var i = 1; i < shotKeyframes.Count; i++)
        {
            var (a, b) = (shotKeyframes[i - 1], shotKeyframes[i]);
            if (frame <= b.Frame)
            {
                var t = (double)(frame - a.Frame) / (b.Frame - a.Frame);
                return a.Zoom + ((b.Zoom - a.Zoom) * t);
            }
        }
        return shotKeyframes[^1].Zoom;
    }

    /// <summary>
    /// The window of a frame of <paramref name="plan"/> at <paramref name="zoom"/>: the largest window of the aspect
    /// divided by the zoom, but never larger than the planned window (zoom 1 or a padded shot keep the plan).
    /// </summary>
    public static WindowSize Window(ShotPlan plan, FrameSize source, AspectRatio aspect, double zoom)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var planned = new WindowSize(plan.WindowWidth, plan.WindowHeight, plan.Padded);
        if (plan.Padded || !(zoom > 1))
        {
            return planned;
        }
        var zoomed = WindowSizer.Largest(source, aspect, Math.Min(zoom, 100));
        return zoomed.Width < plan.WindowWidth && zoomed.Height <= plan.WindowHeight ? zoomed : planned;
    }
}
