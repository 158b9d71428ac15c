namespace WebAttention.Core.Media;

/// <summary>
/// The one conversion of face boxes (x, y from the top-left, w, h) between coordinate spaces: the detector's
/// square input, the frame normalised to 0–1, and pixel grids (frame pixels, map cells). Per axis a position p
/// becomes (origin + p·unit) / extent and a length l becomes l·unit / extent. Pure.
/// </summary>
/// <param name="OriginX">Where the source space's 0 lies on the target's x axis, in target units × <paramref name="ExtentX"/>.</param>
/// <param name="OriginY">The same on the y axis.</param>
/// <param name="UnitX">Length of one source unit on the x axis, before division by <paramref name="ExtentX"/>.</param>
/// <param name="UnitY">The same on the y axis.</param>
/// <param name="ExtentX">Divisor of the x axis (the frame width when the target is normalised, else 1).</param>
/// <param name="ExtentY">Divisor of the y axis.</param>
public readonly record struct FaceBoxSpace(double OriginX, double OriginY, double UnitX, double UnitY, double ExtentX, double ExtentY)
{
    /// <summary>From 0–1 of the frame to a grid of <paramref name="width"/> × <paramref name="height"/> cells (frame pixels or map cells).</summary>
    public static FaceBoxSpace NormalisedToPixels(double width, double height) => new(0, 0, width, height, 1, 1);

    /// <summary>
    /// From 0–1 of a square view (left, top, side in frame pixels; it may reach past the frame) to 0–1 of the
    /// <paramref name="frameWidth"/> × <paramref name="frameHeight"/> frame: a detector's input back to its frame.
    /// </summary>
    public static FaceBoxSpace SquareViewToNormalised(double left, double top, double side, double frameWidth, double frameHeight) =>
        new(left, top, side, side, frameWidth, frameHeight);

    /// <summary>A point (a corner or centre) in the target space.</summary>
    public (double X, double Y) Point(double x, double y) => ((OriginX + (x * UnitX)) / ExtentX, (OriginY + (y * UnitY)) / ExtentY);

    /// <summary>A width and height in the target space.</summary>
    public (double W, double H) Size(double w, double h) => (w * UnitX / ExtentX, h * UnitY / ExtentY);

    /// <summary>A box (top-left corner and size) in the target space.</summary>
    public (double X, double Y, double W, double H) Box(double x, double y, double w, double h)
    {
        var (tx, ty) = Point(x, y);
        var (tw, th) = Size(w, h);
        return (tx, ty, tw, th);
    }
}
