using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Solving;

/// <summary>
/// Per-frame window size from the keyframes' zoom. A zoom keyframe is local, like a dragged position: the size
/// is the keyframe's at its frame, eases (smoothstep) to the neighbouring keyframe's size between two keyframes of
/// a shot, and before the first / after the last keyframe eases back to the automatic size (zoom 1) over
/// <see cref="EaseSeconds"/>. So one resize never changes the size of frames far from it (before, a single zoomed
/// keyframe was held over the whole shot). Zoom 1 (or a padded shot) keeps the shot's planned window. Pure.
/// </summary>
public static class KeyframeZoom
{
    /// <summary>How long the size takes to return to the automatic size on a side of a keyframe that has no neighbour.</summary>
    public const double EaseSeconds = 1.0;

    /// <summary>The ease-back length in frames at <paramref name="frameRate"/> (at least one frame).</summary>
    public static long EaseFrames(double frameRate) =>
        double.IsFinite(frameRate) && frameRate > 0 ? Math.Max(1, (long)Math.Round(frameRate * EaseSeconds)) : 1;

    /// <summary>
    /// The zoom at <paramref name="frame"/> given the shot's keyframes in frame order (1 when there are none, and
    /// <paramref name="easeFrames"/> or more frames away from the first or last keyframe on its open side).
    /// </summary>
    public static double At(IReadOnlyList<CropKeyframe> shotKeyframes, long frame, long easeFrames)
    {
        ArgumentNullException.ThrowIfNull(shotKeyframes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(easeFrames);
        if (shotKeyframes.Count == 0)
        {
            return 1;
        }
        var first = shotKeyframes[0];
        if (frame <= first.Frame)
        {
            return EaseBack(first.Zoom, first.Frame - frame, easeFrames);
        }
        for (var i = 1; i < shotKeyframes.Count; i++)
        {
            var (a, b) = (shotKeyframes[i - 1], shotKeyframes[i]);
            if (frame <= b.Frame)
            {
                var t = (double)(frame - a.Frame) / (b.Frame - a.Frame);
                return a.Zoom + ((b.Zoom - a.Zoom) * SmoothStep(t));
            }
        }
        var last = shotKeyframes[^1];
        return EaseBack(last.Zoom, frame - last.Frame, easeFrames);
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

    // The keyframe's zoom at distance 0, 1 from easeFrames on, smooth in between.
    private static double EaseBack(double zoom, long distance, long easeFrames) =>
        distance >= easeFrames ? 1 : zoom + ((1 - zoom) * SmoothStep((double)distance / easeFrames));

    private static double SmoothStep(double t)
    {
        var x = Math.Clamp(t, 0, 1);
        return x * x * (3 - (2 * x));
    }
}
