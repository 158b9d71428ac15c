namespace WebAttention.Data.Entities;

/// <summary>
/// A comment on a frame or frame range of a clip, optionally on a region (a box in 0–1 of the frame),
/// optionally a reply (<see cref="ParentId"/>). Deleting keeps the row (a thread keeps its shape) and clears the body.
/// </summary>
public sealed class ReviewComment
{
    /// <summary>Longest body accepted.</summary>
    public const int MaxBodyLength = 4000;

    public Guid Id { get; set; }
    public Guid ClipId { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>The aspect the author was looking at ("9:16"), or null for the source frame.</summary>
    public string? Aspect { get; set; }
    public long FirstFrame { get; set; }
    public long LastFrame { get; set; }
    public double? RegionX { get; set; }
    public double? RegionY { get; set; }
    public double? RegionWidth { get; set; }
    public double? RegionHeight { get; set; }
    /// <summary>Markdown source; rendered without HTML.</summary>
    public required string Body { get; set; }
    /// <summary>"u:&lt;user id&gt;" for an account, "g:&lt;guest id&gt;" for a guest.</summary>
    public required string AuthorKey { get; set; }
    public required string AuthorName { get; set; }
    /// <summary>Mean attention (0–1) under the region (or the whole frame) at <see cref="FirstFrame"/> when written; null when the clip has no maps.</summary>
    public double? Attention { get; set; }
    public bool Resolved { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? EditedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
