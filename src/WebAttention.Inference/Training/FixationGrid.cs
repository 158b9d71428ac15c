namespace WebAttention.Inference.Training;

/// <summary>Maps fixations onto map cells. Pure.</summary>
public static class FixationGrid
{
    /// <summary>
    /// Fixation counts per cell [rows·cols] of a grid laid over a <paramref name="imageWidth"/>×<paramref name="imageHeight"/>
    /// image; fixations outside the image are dropped.
    /// </summary>
    public static float[] Counts(IEnumerable<Fixation> fixations, int imageWidth, int imageHeight, int cols, int rows)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        var counts = new float[rows * cols];
        foreach (var f in fixations)
        {
            if (f.X < 0 || f.Y < 0 || f.X >= imageWidth || f.Y >= imageHeight)
            {
                continue;
            }

            var cx = Math.Min(cols - 1, (int)(f.X * cols / imageWidth));
            var cy = Math.Min(rows - 1, (int)(f.Y * rows / imageHeight));
            counts[(cy * cols) + cx]++;
        }

        return counts;
    }
}
