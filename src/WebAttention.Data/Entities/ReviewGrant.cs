using WebAttention.Core.Review;

namespace WebAttention.Data.Entities;

/// <summary>
/// A signed-in user's access to a clip, gained by opening a share link while signed in. It lasts as long as
/// the link: revoking or expiring the link ends the grant too.
/// </summary>
public sealed class ReviewGrant
{
    public Guid Id { get; set; }
    public Guid ClipId { get; set; }
    public required string UserId { get; set; }
    public Guid ShareLinkId { get; set; }
    public ReviewScope Scope { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
