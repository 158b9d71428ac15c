namespace WebAttention.Pipeline.Fusion;

/// <summary>The video centre prior's channel: a Gaussian bump with peak 1 at the grid's centre, sampled at cell centres. Pure.</summary>
public static class VideoCentrePrior
{
    /// <summary>The bump with σ = <paramref name="sigma"/> × width along x and × height along y.</summary>
    public static float[] Map(int width, int height, double sigma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "Must be a positive number.");
        }

        var map = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            var dy = ((y + 0.5) / height) - 0.5;
            for (var x = 0; x < width; x++)
            {
                var dx = ((x + 0.5) / width) - 0.5;
                map[(y * width) + x] = (float)Math.Exp(-((dx * dx) + (dy * dy)) / (2 * sigma * sigma));
            }
        }

        return map;
    }
}
