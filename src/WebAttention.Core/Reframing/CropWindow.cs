using WebAttention.Core.Media;

namespace WebAttention.Core.Reframing;

/// <summary>
/// The part of one source frame that is kept, in source pixels; always inside the frame. When
/// <paramref name="Padded"/> is false it has the target aspect (±1 px of rounding); when true it is
/// the content that had to be kept (required regions) and the renderer letterboxes it into the target
/// aspect over a blurred or solid background.
/// </summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Padded">Whether the window is letterboxed (padding) rather than of the target aspect.</param>
public readonly record struct CropWindow(int X, int Y, int Width, int Height, bool Padded = false)
{
    /// <summary>Horizontal centre.</summary>
    public double CenterX => X + (Width / 2.0);

    /// <summary>Vertical centre.</summary>
    public double CenterY => Y + (Height / 2.0);

    /// <summary>Right edge (exclusive).</summary>
    public int Right => X + Width;

    /// <summary>Bottom edge (exclusive).</summary>
    public int Bottom => Y + Height;

    /// <summary>Whether the window lies inside a frame of <paramref name="frameWidth"/> × <paramref name="frameHeight"/>.</summary>
    public bool IsInside(int frameWidth, int frameHeight) =>
        X >= 0 && Y >= 0 && Width > 0 && Height > 0 && Right <= frameWidth && Bottom <= frameHeight;

    /// <summary>Whether <paramref name="rect"/> lies inside this window (with <paramref name="tolerance"/> pixels of slack).</summary>
    public bool Contains(PixelRect rect, double tolerance = 1) =>
        rect.X >= X - tolerance && rect.Y >= Y - tolerance && rect.Right <= Right + tolerance && rect.Bottom <= Bottom + tolerance;
}
