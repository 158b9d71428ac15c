namespace WebAttention.Media.Probing;

/// <summary>One stream as ffprobe describes it (the fields this service uses).</summary>
/// <param name="CodecType">"video", "audio", "subtitle", "data", ...</param>
/// <param name="CodecName">Codec short name ("h264"), empty when unknown.</param>
/// <param name="Width">Display width in square pixels (after rotation; stored width × <see cref="SampleAspect"/>), 0 when unknown.</param>
/// <param name="Height">Display height in square pixels (after rotation), 0 when unknown.</param>
/// <param name="FrameRate">Average frame rate, else the base rate; null when neither is usable.</param>
/// <param name="FrameCount">The container's frame count (nb_frames), when given.</param>
/// <param name="Duration">The stream's own duration, when given.</param>
/// <param name="IsAttachedPicture">Cover art stored as a one-frame video stream.</param>
public sealed record FfprobeStream(
    string CodecType,
    string CodecName,
    int Width,
    int Height,
    double? FrameRate,
    long? FrameCount,
    TimeSpan? Duration,
    bool IsAttachedPicture)
{
    /// <summary>Width of a stored pixel over its height (sample_aspect_ratio; 1 when square or not given).</summary>
    public double SampleAspect { get; init; } = 1;

    /// <summary>True for a real picture stream (not cover art).</summary>
    public bool IsVideo => CodecType == "video" && !IsAttachedPicture;
}
