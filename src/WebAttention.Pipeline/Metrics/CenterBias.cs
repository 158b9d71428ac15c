namespace WebAttention.Pipeline.Metrics;

/// <summary>
/// The centre-bias baseline: an anisotropic Gaussian at the grid's centre, normalised to sum 1. A model
/// should beat it on every metric (and only shuffled AUC is blind to it).
/// </summary>
public static class CenterBias
{
    /// <summary>Default σ as a fraction of each side.</summary>
    public const double DefaultSigmaFraction = 0.25;

    /// <summary>Centre Gaussian with σx = fraction × width and σy = fraction × height.</summary>
    public static float[] Map(int width, int height, double sigmaFraction = DefaultSigmaFraction)
    {
        if (!(sigmaFraction > 0) || double.IsInfinity(sigmaFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaFraction), sigmaFraction, "Must be a positive number.");
        }

        return Map(width, height, sigmaFraction * width, sigmaFraction * height);
    }

    /// <summary>Centre Gaussian with the given σ in pixels along x and y, centred at ((width − 1) / 2, (height − 1) / 2).</summary>
    public static float[] Map(int width, int height, double sigmaX, double sigmaY)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!(sigmaX > 0) || !(sigmaY > 0) || double.IsInfinity(sigmaX) || double.IsInfinity(sigmaY))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaX), "Sigmas must be positive numbers.");
        }

        var cx = (width - 1) / 2.0;
        var cy = (height - 1) / 2.0;
        var map = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            var gy = (y - cy) * (y - cy) / (2 * sigmaY * sigmaY);
            for (var x = 0; x < width; x++)
            {
                map[(y * width) + x] = (float)Math.Exp(-(((x - cx) * (x - cx) / (2 * sigmaX * sigmaX)) + gy));
            }
        }

        FixationDensity.Normalize(map);
        return map;
    }
}
