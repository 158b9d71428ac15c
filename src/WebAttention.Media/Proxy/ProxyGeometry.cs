using WebAttention.Core.Media;

namespace WebAttention.Media.Proxy;

/// <summary>Pure size arithmetic for browser proxies and thumbnails.</summary>
public static class ProxyGeometry
{
    /// <summary>
    /// The proxy size for <paramref name="source"/>: long side at most <paramref name="maxLongSide"/>
    /// (never enlarged), aspect kept, both sides even (yuv420p needs it) and at least 2.
    /// </summary>
    public static FrameSize Fit(FrameSize source, int maxLongSide)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Height);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLongSide, 2);
        var scale = Math.Min(1.0, (double)maxLongSide / Math.Max(source.Width, source.Height));
        return new FrameSize(Even(source.Width * scale, maxLongSide), Even(source.Height * scale, maxLongSide));
    }

    /// <summary>The size of a thumbnail <paramref name="width"/> wide with <paramref name="source"/>'s aspect (even height).</summary>
    public static FrameSize ThumbnailSize(FrameSize source, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Height);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        return new FrameSize(width, Even((double)width * source.Height / source.Width, int.MaxValue));
    }

    private static int Even(double value, int max) => Math.Clamp((int)Math.Round(value / 2) * 2, 2, max - (max % 2));
}
