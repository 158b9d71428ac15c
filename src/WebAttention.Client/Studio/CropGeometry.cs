using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>A rectangle in source pixels (or screen pixels, where said).</summary>
public readonly record struct Rect(double X, double Y, double W, double H)
{
    /// <summary>Horizontal centre.</summary>
    public double CenterX => X + W / 2;

    /// <summary>Vertical centre.</summary>
    public double CenterY => Y + H / 2;
}

/// <summary>Aspect-locked crop windows inside a source frame: sizing, moving and clamping. Pure math.</summary>
public static class CropGeometry
{
    /// <summary>The largest window of <paramref name="aspect"/> that fits a source of the given size, centred.</summary>
    public static Rect LargestWindow(AspectRatio aspect, int sourceWidth, int sourceHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        double w = sourceWidth, h = sourceWidth / aspect.Value;
        if (h > sourceHeight)
        {
            h = sourceHeight;
            w = sourceHeight * aspect.Value;
        }
        return new Rect((sourceWidth - w) / 2, (sourceHeight - h) / 2, w, h);
    }

    /// <summary>A window of size <paramref name="w"/>×<paramref name="h"/> centred as near (cx, cy) as the frame allows.</summary>
    public static Rect CenteredAt(double cx, double cy, double w, double h, int sourceWidth, int sourceHeight) =>
        Clamp(new Rect(cx - w / 2, cy - h / 2, w, h), sourceWidth, sourceHeight);

    /// <summary>
    /// Moves <paramref name="window"/> by (dx, dy) source pixels, keeping its size (so its aspect) and keeping it
    /// inside the frame. A window larger than the frame on an axis (a padded path) is centred on that axis.
    /// </summary>
    public static Rect Drag(Rect window, double dx, double dy, int sourceWidth, int sourceHeight) =>
        Clamp(window with { X = window.X + dx, Y = window.Y + dy }, sourceWidth, sourceHeight);

    /// <summary>Shifts <paramref name="window"/> back inside [0, width]×[0, height] without resizing it.</summary>
    public static Rect Clamp(Rect window, int sourceWidth, int sourceHeight) => window with
    {
        X = ClampAxis(window.X, window.W, sourceWidth),
        Y = ClampAxis(window.Y, window.H, sourceHeight),
    };

    private static double ClampAxis(double start, double length, double extent) =>
        length >= extent ? (extent - length) / 2 : Math.Clamp(start, 0, extent - length);
}

/// <summary>
/// Where a video of the source size is drawn inside an element (object-fit: contain): maps screen points
/// (relative to the element) to source pixels and back.
/// </summary>
public sealed record ViewportMapping(double Scale, double OffsetX, double OffsetY, int SourceWidth, int SourceHeight)
{
    /// <summary>The mapping of a source letterboxed into an element of <paramref name="elementWidth"/>×<paramref name="elementHeight"/>.</summary>
    public static ViewportMapping Contain(double elementWidth, double elementHeight, int sourceWidth, int sourceHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        var scale = Math.Min(elementWidth / sourceWidth, elementHeight / sourceHeight);
        return new ViewportMapping(
            scale, (elementWidth - sourceWidth * scale) / 2, (elementHeight - sourceHeight * scale) / 2, sourceWidth, sourceHeight);
    }

    /// <summary>The source pixel under screen point (x, y).</summary>
    public (double X, double Y) ToSource(double x, double y) => ((x - OffsetX) / Scale, (y - OffsetY) / Scale);

    /// <summary>The screen point of source pixel (x, y).</summary>
    public (double X, double Y) ToScreen(double x, double y) => (x * Scale + OffsetX, y * Scale + OffsetY);

    /// <summary>A source rectangle on screen.</summary>
    public Rect ToScreen(Rect source) =>
        new(source.X * Scale + OffsetX, source.Y * Scale + OffsetY, source.W * Scale, source.H * Scale);

    /// <summary>A screen distance in source pixels.</summary>
    public double ToSourceLength(double screen) => screen / Scale;
}
