using WebAttention.Core.Review;

namespace WebAttention.Data.Entities;

/// <summary>A verdict on one crop path revision of one aspect.</summary>
public sealed class Approval
{
    public const int MaxCommentLength = 2000;

    public Guid Id { get; set; }
    public Guid ClipId { get; set; }
    public required string Aspect { get; set; }
    public int Revision { get; set; }
    /// <summary>The <see cref="CropPathRecord"/> row approved (the revision as it was saved).</summary>
    public Guid CropPathId { get; set; }
    public ApprovalVerdict Verdict { get; set; }
    public string? Comment { get; set; }
    public required string ActorKey { get; set; }
    public required string ActorName { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
