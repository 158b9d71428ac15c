namespace WebAttention.Pipeline.Maps;

/// <summary>Pure separable Gaussian blur of a single-channel map.</summary>
public static class GaussianBlur
{
    /// <summary>
    /// Normalised 1-D Gaussian kernel of standard deviation <paramref name="sigma"/>, radius ⌈3σ⌉
    /// (length 2 × radius + 1, sums to 1).
    /// </summary>
    public static double[] Kernel(double sigma)
    {
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "Sigma must be a positive number.");
        }

        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new double[(2 * radius) + 1];
        double sum = 0;
        for (var i = -radius; i <= radius; i++)
        {
            var v = Math.Exp(-(i * i) / (2 * sigma * sigma));
            kernel[i + radius] = v;
            sum += v;
        }

        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= sum;
        }

        return kernel;
    }

    /// <summary>
    /// Blurs rows then columns with <see cref="Kernel"/>; outside the map counts as zero, so mass near
    /// the border is lost (callers that need a distribution renormalise).
    /// </summary>
    public static void Apply(ReadOnlySpan<float> source, int width, int height, double sigma, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (source.Length != width * height || destination.Length != source.Length)
        {
            throw new ArgumentException("Source and destination must be width × height.", nameof(destination));
        }

        var kernel = Kernel(sigma);
        var radius = kernel.Length / 2;
        var rows = new double[source.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                double sum = 0;
                var from = Math.Max(0, x - radius);
                var to = Math.Min(width - 1, x + radius);
                for (var k = from; k <= to; k++)
                {
                    sum += source[row + k] * kernel[k - x + radius];
                }

                rows[row + x] = sum;
            }
        }

        for (var y = 0; y < height; y++)
        {
            var from = Math.Max(0, y - radius);
            var to = Math.Min(height - 1, y + radius);
            for (var x = 0; x < width; x++)
            {
                double sum = 0;
                for (var k = from; k <= to; k++)
                {
                    sum += rows[(k * width) + x] * kernel[k - y + radius];
                }

                destination[(y * width) + x] = (float)sum;
            }
        }
    }
}
