namespace WebAttention.Core.Media;

/// <summary>
/// What ffprobe reports about a clip's first video stream. <see cref="Width"/> and <see cref="Height"/> are the size the
/// picture shows at on screen, in square pixels (after rotation, and with non-square pixels widened: a 720x576 PAL clip
/// with a 16:15 sample aspect ratio is 768x576), so that analysis maps, crop windows, the browser proxy and exports all
/// work in display space; <see cref="SampleAspect"/> keeps the stored pixels' shape.
/// </summary>
public sealed record VideoInfo(
    TimeSpan Duration,
    double FrameRate,
    int Width,
    int Height,
    long FrameCount,
    string Codec,
    bool HasAudio)
{
    /// <summary>Width of a stored pixel over its height (ffprobe's sample_aspect_ratio; 1 for square pixels).</summary>
    public double SampleAspect { get; init; } = 1;
}
