namespace WebAttention.Pipeline.Maps;

/// <summary>Pure spatial resampling of maps (model output size to analysis size, map to fixation grid).</summary>
public static class MapResampler
{
    /// <summary>
    /// Bilinear resize with pixel centres aligned (half-pixel convention) and edges clamped, so a
    /// constant map stays constant and an identity resize copies.
    /// </summary>
    public static void ResizeBilinear(
        ReadOnlySpan<float> source, int sourceWidth, int sourceHeight,
        Span<float> destination, int destinationWidth, int destinationHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationHeight);
        if (source.Length != sourceWidth * sourceHeight)
        {
            throw new ArgumentException("Source length must be width × height.", nameof(source));
        }

        if (destination.Length != destinationWidth * destinationHeight)
        {
            throw new ArgumentException("Destination length must be width × height.", nameof(destination));
        }

        var sx = (double)sourceWidth / destinationWidth;
        var sy = (double)sourceHeight / destinationHeight;
        for (var y = 0; y < destinationHeight; y++)
        {
            var fy = Math.Clamp(((y + 0.5) * sy) - 0.5, 0, sourceHeight - 1);
            var y0 = (int)fy;
            var y1 = Math.Min(y0 + 1, sourceHeight - 1);
            var wy = fy - y0;
            for (var x = 0; x < destinationWidth; x++)
            {
                var fx = Math.Clamp(((x + 0.5) * sx) - 0.5, 0, sourceWidth - 1);
                var x0 = (int)fx;
                var x1 = Math.Min(x0 + 1, sourceWidth - 1);
                var wx = fx - x0;
                var top = (source[(y0 * sourceWidth) + x0] * (1 - wx)) + (source[(y0 * sourceWidth) + x1] * wx);
                var bottom = (source[(y1 * sourceWidth) + x0] * (1 - wx)) + (source[(y1 * sourceWidth) + x1] * wx);
                destination[(y * destinationWidth) + x] = (float)((top * (1 - wy)) + (bottom * wy));
            }
        }
    }
}
