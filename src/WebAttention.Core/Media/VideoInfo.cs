namespace WebAttention.Core.Media;

/// <summary>What ffprobe reports about a clip's first video stream.</summary>
public sealed record VideoInfo(
    TimeSpan Duration,
    double FrameRate,
    int Width,
    int Height,
    long FrameCount,
    string Codec,
    bool HasAudio);
