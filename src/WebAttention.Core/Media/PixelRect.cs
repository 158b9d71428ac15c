namespace WebAttention.Core.Media;

/// <summary>A rectangle in source pixels (fractional).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width (non-negative).</param>
/// <param name="Height">Height (non-negative).</param>
public readonly record struct PixelRect(double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>Smallest rectangle holding both.</summary>
    public PixelRect Union(PixelRect other)
    {
        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new PixelRect(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }

    /// <summary>This rectangle clipped to a frame of the given size (empty rectangles keep a zero size).</summary>
    public PixelRect ClipTo(double frameWidth, double frameHeight)
    {
        var x = Math.Clamp(X, 0, frameWidth);
        var y = Math.Clamp(Y, 0, frameHeight);
        return new PixelRect(x, y, Math.Max(0, Math.Min(Right, frameWidth) - x), Math.Max(0, Math.Min(Bottom, frameHeight) - y));
    }

    /// <summary>This rectangle grown by <paramref name="fraction"/> of its size on every side.</summary>
    public PixelRect Inflate(double fraction) =>
        new(X - (Width * fraction), Y - (Height * fraction), Width * (1 + (2 * fraction)), Height * (1 + (2 * fraction)));
}
