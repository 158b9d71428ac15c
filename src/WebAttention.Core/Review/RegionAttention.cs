namespace WebAttention.Core.Review;

/// <summary>The attention under a comment's box: the mean of an 8-bit map over the box, as 0–1.</summary>
public static class RegionAttention
{
    /// <summary>
    /// Mean of <paramref name="map"/> (row-major, <paramref name="width"/> × <paramref name="height"/>, 0–255) over
    /// <paramref name="box"/> (0–1 of the frame; null = the whole frame), divided by 255. A box thinner than a map
    /// cell still covers the cell it falls in.
    /// </summary>
    public static double Mean(ReadOnlySpan<byte> map, int width, int height, RegionBox? box)
    {
        if (width <= 0 || height <= 0 || map.Length < width * height)
        {
            throw new ArgumentException($"The map must hold {width}x{height} bytes.", nameof(map));
        }
        var b = box ?? new RegionBox(0, 0, 1, 1);
        var x0 = Math.Clamp((int)Math.Floor(b.X * width), 0, width - 1);
        var y0 = Math.Clamp((int)Math.Floor(b.Y * height), 0, height - 1);
        var x1 = Math.Clamp((int)Math.Ceiling((b.X + b.Width) * width), x0 + 1, width);
        var y1 = Math.Clamp((int)Math.Ceiling((b.Y + b.Height) * height), y0 + 1, height);
        long sum = 0;
        for (var y = y0; y < y1; y++)
        {
            foreach (var v in map.Slice(y * width + x0, x1 - x0))
            {
                sum += v;
            }
        }
        return sum / (255.0 * (x1 - x0) * (y1 - y0));
    }

    /// <summary>Null when <paramref name="box"/> is usable (inside 0–1, positive size); otherwise what is wrong.</summary>
    public static string? Check(RegionBox? box)
    {
        if (box is null)
        {
            return null;
        }
        double[] values = [box.X, box.Y, box.Width, box.Height];
        if (values.Any(v => !double.IsFinite(v)))
        {
            return "The region has a value that is not a number.";
        }
        const double slack = 1e-9;
        if (box.X < 0 || box.Y < 0 || box.Width <= 0 || box.Height <= 0 || box.X + box.Width > 1 + slack || box.Y + box.Height > 1 + slack)
        {
            return "The region must lie inside the frame: x, y ≥ 0, width and height > 0, x + width ≤ 1, y + height ≤ 1.";
        }
        return null;
    }
}
