namespace WebAttention.Pipeline.Shots;

/// <summary>
/// Spatial colour histograms: the frame split into a grid of cells, one coarse joint-RGB histogram per
/// cell. Two shots with the same colours in a different layout (two faces in similar shots, a subject
/// on the other side) have nearly equal global histograms but different cell histograms.
/// </summary>
public static class GridHistogram
{
    /// <summary>Values for <paramref name="cells"/>² cells of <paramref name="binsPerChannel"/>³ bins each.</summary>
    public static int Length(int cells, int binsPerChannel) => cells * cells * ColorHistogram.Length(binsPerChannel);

    /// <summary>Computes the cell histograms of a packed RGB24 frame (each cell normalised to sum 1).</summary>
    /// <param name="rgb">Pixels, 3 bytes each, row-major.</param>
    /// <param name="width">Frame width.</param>
    /// <param name="height">Frame height.</param>
    /// <param name="cells">Cells per side (at least 1, at most the smaller frame side).</param>
    /// <param name="binsPerChannel">Bins per channel in each cell.</param>
    /// <param name="destination">Receives <see cref="Length"/> values, cell by cell, row-major.</param>
    public static void Compute(ReadOnlySpan<byte> rgb, int width, int height, int cells, int binsPerChannel, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfLessThan(cells, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cells, Math.Min(width, height));
        if (rgb.Length != width * height * 3)
        {
            throw new ArgumentException("RGB24 data must hold width × height × 3 bytes.", nameof(rgb));
        }

        var cellLength = ColorHistogram.Length(binsPerChannel);
        if (destination.Length != cells * cells * cellLength)
        {
            throw new ArgumentException($"Destination must hold {cells * cells * cellLength} values.", nameof(destination));
        }

        var buffer = new byte[((width / cells) + 1) * ((height / cells) + 1) * 3];
        for (var cy = 0; cy < cells; cy++)
        {
            var y0 = cy * height / cells;
            var y1 = (cy + 1) * height / cells;
            for (var cx = 0; cx < cells; cx++)
            {
                var x0 = cx * width / cells;
                var x1 = (cx + 1) * width / cells;
                var length = 0;
                for (var y = y0; y < y1; y++)
                {
                    var row = rgb.Slice(((y * width) + x0) * 3, (x1 - x0) * 3);
                    row.CopyTo(buffer.AsSpan(length));
                    length += row.Length;
                }

                var cell = (cy * cells) + cx;
                ColorHistogram.Compute(buffer.AsSpan(0, length), binsPerChannel, destination.Slice(cell * cellLength, cellLength));
            }
        }
    }

    /// <summary>
    /// Mean of the largest <paramref name="fraction"/> of the cells' total-variation distances (0 same, 1 disjoint):
    /// 1 averages all cells; 0.25 looks at the quarter that changed most, so a layout change confined to part
    /// of the frame is not diluted by the unchanged background.
    /// </summary>
    public static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int cells, double fraction = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cells, 1);
        if (!(fraction is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction must be in (0, 1].");
        }

        if (a.Length != b.Length || a.Length % (cells * cells) != 0)
        {
            throw new ArgumentException("Grid histograms must have the same length, a multiple of the cell count.", nameof(b));
        }

        var count = cells * cells;
        var cellLength = a.Length / count;
        var distances = new double[count];
        for (var c = 0; c < count; c++)
        {
            distances[c] = ColorHistogram.Distance(a.Slice(c * cellLength, cellLength), b.Slice(c * cellLength, cellLength));
        }

        Array.Sort(distances);
        var top = Math.Max(1, (int)Math.Ceiling(fraction * count));
        return distances.AsSpan(count - top).ToArray().Average();
    }
}
