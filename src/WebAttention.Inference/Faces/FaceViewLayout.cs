namespace WebAttention.Inference.Faces;

/// <summary>
/// Which square views of a frame the detector looks at. Pure. The whole frame, letterboxed into a square
/// (padding centred on the short side), finds large faces; for a frame wider (or taller) than
/// <see cref="MinTilingAspect"/>, square tiles of the short side's length, overlapping by at least
/// <see cref="MinOverlap"/> of a tile, cover the long side at higher resolution, so small faces in a 16:9
/// frame are found too (the letterbox shrinks them by the long side).
/// </summary>
public static class FaceViewLayout
{
    /// <summary>Frames at most this elongated get the letterbox only (a tile would hardly magnify).</summary>
    public const double MinTilingAspect = 1.2;

    /// <summary>Smallest overlap of neighbouring tiles, as a fraction of a tile, so a face cut by one tile's edge lies whole in its neighbour.</summary>
    public const double MinOverlap = 0.25;

    /// <summary>The letterbox view of the whole frame: a square of the long side, centred.</summary>
    public static SquareView Letterbox(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var side = Math.Max(width, height);
        return new SquareView((width - side) / 2.0, (height - side) / 2.0, side);
    }

    /// <summary>Square tiles along the long side (none when the frame is nearly square), evenly spaced from edge to edge.</summary>
    public static IReadOnlyList<SquareView> Tiles(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var (longSide, shortSide) = (Math.Max(width, height), Math.Min(width, height));
        if (longSide < MinTilingAspect * shortSide)
        {
            return [];
        }

        // n tiles with step (L − S)/(n − 1) overlap by S − step ≥ MinOverlap·S.
        var count = 1 + (int)Math.Ceiling((longSide - shortSide) / (shortSide * (1 - MinOverlap)));
        count = Math.Max(2, count);
        var step = (longSide - shortSide) / (double)(count - 1);
        var tiles = new SquareView[count];
        for (var i = 0; i < count; i++)
        {
            var offset = i * step;
            tiles[i] = width >= height ? new SquareView(offset, 0, shortSide) : new SquareView(0, offset, shortSide);
        }

        return tiles;
    }

    /// <summary>All views of a frame: the letterbox first, then the tiles.</summary>
    public static IReadOnlyList<SquareView> For(int width, int height) => [Letterbox(width, height), .. Tiles(width, height)];
}
