using WebAttention.Client.Components.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>The crop window a drop of the crop box asks for, to be pinned as a manual keyframe.</summary>
/// <param name="Window">The window in source pixels; its centre becomes the keyframe's.</param>
/// <param name="Zoom">Its size as a zoom (1 = the largest window of the aspect).</param>
public readonly record struct CropPin(Rect Window, double Zoom)
{
    /// <summary>
    /// The window after dragging the box shown at <paramref name="drag"/>'s frame, with that window's zoom;
    /// null when <paramref name="path"/> has no frames.
    /// </summary>
    public static CropPin? FromDrag(CropPathView path, CropDrag drag)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(drag);
        if (path.Frames.Count == 0)
        {
            return null;
        }
        var shown = WindowAt(path, drag.Frame);
        var map = ViewportMapping.Contain(drag.ElementWidth, drag.ElementHeight, path.SourceWidth, path.SourceHeight);
        var moved = CropGeometry.Drag(
            shown, map.ToSourceLength(drag.Dx), map.ToSourceLength(drag.Dy), path.SourceWidth, path.SourceHeight);
        var zoom = AspectRatio.TryParse(path.Aspect) is { } aspect
            ? CropResizeGeometry.ZoomOf(shown.W, aspect, path.SourceWidth, path.SourceHeight)
            : 1;
        return new CropPin(moved, zoom);
    }

    /// <summary>
    /// The window after resizing the box shown at <paramref name="resize"/>'s frame by one corner (aspect locked);
    /// null when <paramref name="path"/> has no frames or an aspect that does not parse.
    /// </summary>
    public static CropPin? FromResize(CropPathView path, CropResize resize)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(resize);
        if (path.Frames.Count == 0 || AspectRatio.TryParse(path.Aspect) is not { } aspect)
        {
            return null;
        }
        var map = ViewportMapping.Contain(resize.ElementWidth, resize.ElementHeight, path.SourceWidth, path.SourceHeight);
        var resized = CropResizeGeometry.Resize(
            WindowAt(path, resize.Frame), resize.Corner, map.ToSourceLength(resize.Dx), map.ToSourceLength(resize.Dy),
            aspect, path.SourceWidth, path.SourceHeight);
        return new CropPin(resized, CropResizeGeometry.ZoomOf(resized.W, aspect, path.SourceWidth, path.SourceHeight));
    }

    private static Rect WindowAt(CropPathView path, long frame)
    {
        var f = path.Frames[(int)Math.Clamp(frame, 0, path.Frames.Count - 1)];
        return new Rect(f.X, f.Y, f.W, f.H);
    }
}
