using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;

namespace WebAttention.Training.Datasets;

/// <summary>Pure mapping of recorded fixations to the pixels of an image or the cells of a coarser map grid.</summary>
public static class FixationGrid
{
    /// <summary>The pixel holding each fixation (floor of x and y); fixations outside the image are dropped.</summary>
    public static List<FixationPoint> ToPixels(IEnumerable<SubjectFixation> fixations, FrameSize size)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        var points = new List<FixationPoint>();
        foreach (var f in fixations)
        {
            if (double.IsFinite(f.X) && double.IsFinite(f.Y) && f.X >= 0 && f.Y >= 0 && f.X < size.Width && f.Y < size.Height)
            {
                points.Add(new FixationPoint((int)f.X, (int)f.Y));
            }
        }

        return points;
    }

    /// <summary>
    /// Fixation counts per cell [rows·cols] of a grid laid over a <paramref name="imageWidth"/>×<paramref name="imageHeight"/>
    /// image; fixations outside the image are dropped.
    /// </summary>
    public static float[] Counts(IEnumerable<SubjectFixation> fixations, int imageWidth, int imageHeight, int cols, int rows)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        var counts = new float[rows * cols];
        foreach (var fixation in fixations)
        {
            // Single precision, as the committed readout and fusion weights were fitted with.
            var (x, y) = ((float)fixation.X, (float)fixation.Y);
            if (x < 0 || y < 0 || x >= imageWidth || y >= imageHeight)
            {
                continue;
            }

            var cx = Math.Min(cols - 1, (int)(x * cols / imageWidth));
            var cy = Math.Min(rows - 1, (int)(y * rows / imageHeight));
            counts[(cy * cols) + cx]++;
        }

        return counts;
    }
}
