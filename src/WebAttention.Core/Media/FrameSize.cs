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

    /// <summary>
    /// The size this picture shows at on screen when each stored pixel is <paramref name="sampleAspect"/> times as wide
    /// as it is tall (ffprobe's sample_aspect_ratio, e.g. 16/15 for PAL 4:3 720x576): the width is scaled (to an even
    /// number, as yuv420p needs), the height kept — 720x576 at 16:15 is 768x576. A ratio of 1 (or an unusable one) keeps the size.
    /// </summary>
    public FrameSize ToSquarePixels(double sampleAspect)
    {
        if (!double.IsFinite(sampleAspect) || sampleAspect <= 0 || Math.Abs(sampleAspect - 1) < 1e-9)
        {
            return this;
        }
        return new FrameSize(Math.Max(2, (int)Math.Round(Width * sampleAspect / 2) * 2), Height);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Width}x{Height}";
}
