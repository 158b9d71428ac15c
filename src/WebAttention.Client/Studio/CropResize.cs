using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>A corner of the crop window.</summary>
public enum CropCorner
{
    /// <summary>Top left.</summary>
    TopLeft,

    /// <summary>Top right.</summary>
    TopRight,

    /// <summary>Bottom left.</summary>
    BottomLeft,

    /// <summary>Bottom right.</summary>
    BottomRight,
}

/// <summary>The corner names the stage's JS module uses (nw, ne, sw, se).</summary>
public static class CropCornerNames
{
    /// <summary>The corner called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Not one of nw, ne, sw, se.</exception>
    public static CropCorner Parse(string name) => name switch
    {
        "nw" => CropCorner.TopLeft,
        "ne" => CropCorner.TopRight,
        "sw" => CropCorner.BottomLeft,
        "se" => CropCorner.BottomRight,
        _ => throw new ArgumentException($"'{name}' is not a corner (nw, ne, sw, se).", nameof(name)),
    };
}

/// <summary>
/// Resizing an aspect-locked crop window by one of its corners: the window grows or shrinks around its centre,
/// keeps its aspect, stays between <see cref="MaxZoom"/>× smaller than and the largest window of its aspect,
/// and is shifted back inside the frame. Its size is expressed as a zoom (1 = the largest window). Pure math.
/// </summary>
public static class CropResizeGeometry
{
    /// <summary>The most a window may be zoomed in (¼ of the largest window's width).</summary>
    public const double MaxZoom = 4;

    /// <summary>
    /// <paramref name="window"/> after dragging <paramref name="corner"/> by (dx, dy) source pixels: the relative
    /// change of half-width and half-height, averaged, scales the window around its centre.
    /// </summary>
    public static Rect Resize(Rect window, CropCorner corner, double dx, double dy, AspectRatio aspect, int sourceWidth, int sourceHeight)
    {
        if (!(window.W > 0 && window.H > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must have a size.");
        }
        var sx = corner is CropCorner.TopRight or CropCorner.BottomRight ? 1 : -1;
        var sy = corner is CropCorner.BottomLeft or CropCorner.BottomRight ? 1 : -1;
        var scale = (((window.W / 2) + (sx * dx)) / (window.W / 2) + (((window.H / 2) + (sy * dy)) / (window.H / 2))) / 2;
        return WithZoom(window, ZoomOf(window.W * scale, aspect, sourceWidth, sourceHeight), aspect, sourceWidth, sourceHeight);
    }

    /// <summary>The zoom of a window <paramref name="width"/> wide, clamped to [1, <see cref="MaxZoom"/>].</summary>
    public static double ZoomOf(double width, AspectRatio aspect, int sourceWidth, int sourceHeight)
    {
        var largest = CropGeometry.LargestWindow(aspect, sourceWidth, sourceHeight);
        return width > 0 ? Math.Clamp(largest.W / width, 1, MaxZoom) : MaxZoom;
    }

    /// <summary>The window of <paramref name="zoom"/> with the centre of <paramref name="window"/>, kept inside the frame.</summary>
    public static Rect WithZoom(Rect window, double zoom, AspectRatio aspect, int sourceWidth, int sourceHeight)
    {
        var largest = CropGeometry.LargestWindow(aspect, sourceWidth, sourceHeight);
        var z = Math.Clamp(zoom, 1, MaxZoom);
        return CropGeometry.CenteredAt(window.CenterX, window.CenterY, largest.W / z, largest.H / z, sourceWidth, sourceHeight);
    }
}
