using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Reframing.Solving;

/// <summary>
/// Pure sizing of a shot's window (zoom is fixed per shot) and the padding rule.
/// <list type="number">
/// <item>The largest window of the aspect that fits the frame, shrunk by the zoom factor.</item>
/// <item>Grown back (keeping the aspect) until it holds the largest required region of the shot.</item>
/// <item>If even the largest window of the aspect cannot hold it — AutoFlip's padding rule — the window
/// is enlarged to the required content (up to the whole frame) and brought as close to the aspect as
/// the frame allows; the renderer letterboxes it over a blurred or solid background.</item>
/// </list>
/// </summary>
public static class WindowSizer
{
    /// <summary>The largest window of <paramref name="aspect"/> inside <paramref name="frame"/>, divided by <paramref name="zoom"/>.</summary>
    public static WindowSize Largest(FrameSize frame, AspectRatio aspect, double zoom = 1)
    {
        if (!(zoom >= 1) || double.IsInfinity(zoom))
        {
            throw new ArgumentOutOfRangeException(nameof(zoom), zoom, "Zoom must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frame.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frame.Height);
        var a = aspect.Value;
        if ((double)frame.Width / frame.Height >= a)
        {
            var h = Math.Max(1, (int)Math.Floor(frame.Height / zoom));
            var w = Math.Clamp((int)Math.Round(h * a), 1, frame.Width);
            return new WindowSize(w, h, false);
        }
        else
        {
            var w = Math.Max(1, (int)Math.Floor(frame.Width / zoom));
            var h = Math.Clamp((int)Math.Round(w / a), 1, frame.Height);
            return new WindowSize(w, h, false);
        }
    }

    /// <summary>
    /// The window of a shot whose largest required region is <paramref name="requiredWidth"/> ×
    /// <paramref name="requiredHeight"/> pixels (0 × 0 for none).
    /// </summary>
    public static WindowSize ForShot(FrameSize frame, AspectRatio aspect, double zoom, double requiredWidth, double requiredHeight)
    {
        var zoomed = Largest(frame, aspect, zoom);
        if (zoomed.Width >= requiredWidth && zoomed.Height >= requiredHeight)
        {
            return zoomed;
        }

        var full = Largest(frame, aspect);
        var a = aspect.Value;
        var needW = Math.Ceiling(requiredWidth);
        var needH = Math.Ceiling(requiredHeight);

        // Smallest window of the aspect holding the region: zoom out only as far as needed.
        var byW = (int)Math.Max(needW, Math.Ceiling(needH * a));
        var byH = (int)Math.Round(byW / a);
        if (byW <= full.Width && byH <= full.Height)
        {
            return new WindowSize(Math.Max(byW, zoomed.Width), Math.Max(byH, zoomed.Height), false);
        }

        // Padding: hold the required content, then get as close to the aspect as the frame allows.
        var w = (int)Math.Min(frame.Width, Math.Max(full.Width, needW));
        var h = (int)Math.Min(frame.Height, Math.Max(full.Height, needH));
        if ((double)w / h > a)
        {
            h = (int)Math.Min(frame.Height, Math.Round(w / a));
        }
        else
        {
            w = (int)Math.Min(frame.Width, Math.Round(h * a));
        }

        return new WindowSize(w, h, Math.Abs(w - (h * a)) > 1);
    }
}
