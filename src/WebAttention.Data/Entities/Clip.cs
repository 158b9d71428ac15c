using WebAttention.Core.Clips;

namespace WebAttention.Data.Entities;

/// <summary>An uploaded video and what the server knows of it. Files live under the media folder by id.</summary>
public sealed class Clip
{
    public Guid Id { get; set; }
    public required string OwnerId { get; set; }
    /// <summary>Display title (the uploaded file's name); never used as a path.</summary>
    public required string Title { get; set; }
    public ClipStatus Status { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public double DurationSeconds { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public double FrameRate { get; set; }
    public long FrameCount { get; set; }
    public required string Codec { get; set; }
    public bool HasAudio { get; set; }
    /// <summary>Longest <see cref="Error"/> the column holds (longer reasons are cut by <see cref="ErrorText.Fit"/>).</summary>
    public const int MaxErrorLength = 2000;

    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
