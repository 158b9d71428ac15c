namespace WebAttention.Core.Clips;

/// <summary>A clip as the library and the clip page show it.</summary>
public sealed record ClipSummary(
    Guid Id,
    string Title,
    ClipStatus Status,
    double DurationSeconds,
    int Width,
    int Height,
    double FrameRate,
    long FrameCount,
    long SizeBytes,
    DateTimeOffset CreatedAt,
    string? Error);
