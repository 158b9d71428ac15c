using WebAttention.Inference.Readout;
using WebAttention.Training.Datasets;

namespace WebAttention.Training.Readout;

/// <summary>
/// A plain NSS for reporting during training only (the benchmark metrics live in the pipeline's
/// evaluation code): the map is upsampled bilinearly to image size, standardised to mean 0 / sd 1, and
/// read at each fixation's pixel.
/// </summary>
internal static class ValidationNss
{
    /// <summary>Mean standardised map value at the fixations; NaN when there are none or the map is flat.</summary>
    public static double Compute(ReadOnlySpan<float> map, int rows, int cols, int imageWidth, int imageHeight, IEnumerable<SubjectFixation> fixations)
    {
        var full = new float[imageWidth * imageHeight];
        ReadoutMath.Resize(map, rows, cols, full, imageHeight, imageWidth);
        var mean = full.Average(v => (double)v);
        var variance = full.Average(v => (v - mean) * (v - mean));
        var sd = Math.Sqrt(variance);
        var (sum, n) = (0.0, 0);
        foreach (var f in fixations)
        {
            var (x, y) = ((int)(float)f.X, (int)(float)f.Y); // single precision, as the training figures were computed
            if (x < 0 || y < 0 || x >= imageWidth || y >= imageHeight)
            {
                continue;
            }

            sum += (full[(y * imageWidth) + x] - mean) / sd;
            n++;
        }

        return n == 0 || sd == 0 ? double.NaN : sum / n;
    }
}
