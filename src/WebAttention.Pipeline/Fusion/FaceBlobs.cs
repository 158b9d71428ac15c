using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Fusion;

/// <summary>Draws faces as Gaussian blobs on a map grid. Pure.</summary>
public static class FaceBlobs
{
    /// <summary>
    /// Renders <paramref name="faces"/> into <paramref name="destination"/> (<paramref name="width"/> ×
    /// <paramref name="height"/>, row-major): each face is a Gaussian centred on its box, with standard
    /// deviations <paramref name="sigma"/> × the box's width and height, peak = its score; where blobs
    /// overlap the larger value wins, so the map stays in [0, 1]. Cells are sampled at their centres.
    /// </summary>
    public static void Render(IEnumerable<FaceBox> faces, int width, int height, double sigma, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(faces);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        if (destination.Length < width * height)
        {
            throw new ArgumentException("Destination is smaller than the grid.", nameof(destination));
        }

        destination[..(width * height)].Clear();
        foreach (var face in faces)
        {
            Draw(face, width, height, sigma, destination);
        }
    }

    private static void Draw(FaceBox face, int width, int height, double sigma, Span<float> destination)
    {
        var score = Math.Clamp(face.Score, 0, 1);
        var grid = FaceBoxSpace.NormalisedToPixels(width, height);
        var (cx, cy) = grid.Point(face.X + (face.W / 2), face.Y + (face.H / 2));
        var (spreadX, spreadY) = grid.Size(sigma * face.W, sigma * face.H);
        var sx = Math.Max(0.5, spreadX);
        var sy = Math.Max(0.5, spreadY);
        if (score <= 0 || !double.IsFinite(cx) || !double.IsFinite(cy) || !double.IsFinite(sx) || !double.IsFinite(sy))
        {
            return;
        }

        // Beyond 3σ the blob is below 1.2 % of its peak; skip those cells.
        var x0 = Math.Max(0, (int)Math.Floor(cx - (3 * sx)));
        var x1 = Math.Min(width - 1, (int)Math.Ceiling(cx + (3 * sx)));
        var y0 = Math.Max(0, (int)Math.Floor(cy - (3 * sy)));
        var y1 = Math.Min(height - 1, (int)Math.Ceiling(cy + (3 * sy)));
        for (var y = y0; y <= y1; y++)
        {
            var dy = (y + 0.5 - cy) / sy;
            for (var x = x0; x <= x1; x++)
            {
                var dx = (x + 0.5 - cx) / sx;
                var value = (float)(score * Math.Exp(-0.5 * ((dx * dx) + (dy * dy))));
                ref var cell = ref destination[(y * width) + x];
                if (value > cell)
                {
                    cell = value;
                }
            }
        }
    }
}
