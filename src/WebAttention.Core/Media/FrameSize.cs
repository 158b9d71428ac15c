namespace WebAttention.Core.Media;

/// <summary>A width and height in pixels.</summary>
public readonly record struct FrameSize(int Width, int Height)
{
    /// <summary>Number of pixels.</summary>
    public int Area => Width * Height;

    /// <summary>
    /// The analysis size for a source of this size: the long side scaled to <paramref name="longSide"/>,
    /// both sides rounded to a multiple of <paramref name="multiple"/> (CNN strides), never zero.
    /// </summary>
    public FrameSize FitWithin(int longSide, int multiple)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(longSide, multiple);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiple);
        var scale = (double)longSide / Math.Max(Width, Height);
        static int Round(double v, int m) => Math.Max(m, (int)Math.Round(v / m) * m);
        return new FrameSize(Round(Width * scale, multiple), Round(Height * scale, multiple));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Width}x{Height}";
}
