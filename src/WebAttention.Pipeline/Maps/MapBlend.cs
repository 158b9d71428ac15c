namespace WebAttention.Pipeline.Maps;

/// <summary>Pure per-pixel blends of two maps of the same size.</summary>
public static class MapBlend
{
    /// <summary>
    /// Linear interpolation between two maps: destination = (1 − t) × <paramref name="from"/> + t × <paramref name="to"/>.
    /// Exact at t = 0 and t = 1 (the inputs are copied).
    /// </summary>
    /// <param name="from">Map at t = 0.</param>
    /// <param name="to">Map at t = 1.</param>
    /// <param name="t">Position between the maps, in [0, 1].</param>
    /// <param name="destination">Receives the blend; may alias neither input partially (full aliasing is fine).</param>
    public static void Lerp(ReadOnlySpan<float> from, ReadOnlySpan<float> to, float t, Span<float> destination)
    {
        if (from.Length != to.Length || destination.Length != from.Length)
        {
            throw new ArgumentException("Maps must have the same number of values.", nameof(destination));
        }

        if (!(t >= 0 && t <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "t must be in [0, 1].");
        }

        if (t == 0)
        {
            from.CopyTo(destination);
            return;
        }

        if (t == 1)
        {
            to.CopyTo(destination);
            return;
        }

        var s = 1 - t;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (s * from[i]) + (t * to[i]);
        }
    }

    /// <summary>
    /// One step of an exponential moving average: destination = α × <paramref name="current"/> + (1 − α) × <paramref name="previous"/>.
    /// </summary>
    /// <param name="previous">The running average so far.</param>
    /// <param name="current">The newest map.</param>
    /// <param name="alpha">Weight of the newest map, in (0, 1]; 1 keeps only the newest map.</param>
    /// <param name="destination">Receives the new average; may be <paramref name="previous"/> itself.</param>
    public static void Ema(ReadOnlySpan<float> previous, ReadOnlySpan<float> current, float alpha, Span<float> destination)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 1].");
        }

        Lerp(previous, current, alpha, destination);
    }
}
