namespace WebAttention.Pipeline.Motion;

/// <summary>
/// A similarity transform (zoom, rotation, translation) taking a point of the previous frame to where it
/// is in the current one: x' = A·x − B·y + Tx, y' = B·x + A·y + Ty, in pixels with the origin at the
/// top-left pixel's centre.
/// </summary>
/// <param name="A">Scale × cos(rotation).</param>
/// <param name="B">Scale × sin(rotation).</param>
/// <param name="Tx">Horizontal translation in pixels.</param>
/// <param name="Ty">Vertical translation in pixels.</param>
public readonly record struct CameraMotion(double A, double B, double Tx, double Ty)
{
    /// <summary>No motion.</summary>
    public static CameraMotion Identity { get; } = new(1, 0, 0, 0);

    /// <summary>Zoom factor (above 1: the camera zoomed in).</summary>
    public double Scale => Math.Sqrt(A * A + B * B);

    /// <summary>Rotation in radians, counter-clockwise in image coordinates (y down).</summary>
    public double Rotation => Math.Atan2(B, A);

    /// <summary>Where <paramref name="x"/>, <paramref name="y"/> of the previous frame is in the current one.</summary>
    public (double X, double Y) Apply(double x, double y) => (A * x - B * y + Tx, B * x + A * y + Ty);

    /// <summary>The transform taking the current frame back to the previous one.</summary>
    public CameraMotion Inverse()
    {
        var d = A * A + B * B;
        var (a, b) = (A / d, -B / d);
        return new CameraMotion(a, b, -(a * Tx - b * Ty), -(b * Tx + a * Ty));
    }

    /// <summary>This motion followed by <paramref name="next"/>: where a point goes after both (a zoom-rotation is a complex product).</summary>
    public CameraMotion Then(CameraMotion next) => new(
        next.A * A - next.B * B,
        next.B * A + next.A * B,
        next.A * Tx - next.B * Ty + next.Tx,
        next.B * Tx + next.A * Ty + next.Ty);

    /// <summary>The inverse of <see cref="Upscaled"/>: this motion (in pixels <paramref name="factor"/> times larger) on the box-downscaled image.</summary>
    public CameraMotion Downscaled(int factor)
    {
        var c = (factor - 1) / 2.0;
        return new CameraMotion(A, B, (Tx - c + (A * c - B * c)) / factor, (Ty - c + (B * c + A * c)) / factor);
    }

    /// <summary>
    /// The same motion for pixels <paramref name="factor"/> times smaller (a box-downscaled image's pixel i
    /// covers pixels factor·i … factor·i + factor − 1 here, so its centre is at factor·i + (factor − 1)/2).
    /// </summary>
    public CameraMotion Upscaled(int factor)
    {
        var c = (factor - 1) / 2.0;
        return new CameraMotion(A, B, factor * Tx + c - (A * c - B * c), factor * Ty + c - (B * c + A * c));
    }
}
