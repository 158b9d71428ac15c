namespace WebAttention.Data.Entities;

/// <summary>
/// One member's stay in a clip's review room: who (account or guest of a link), when they joined and left, and how
/// long they presented. Written by the review hub on join and on leave/disconnect/drop; open while LeftAt is null.
/// </summary>
public sealed class ReviewSession
{
    public Guid Id { get; set; }
    public Guid ClipId { get; set; }
    /// <summary>Actor key ("u:…" or "g:…").</summary>
    public required string ActorKey { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>The account, for signed-in members; null for guests.</summary>
    public string? UserId { get; set; }
    /// <summary>The share link the member came in by (guests, and users granted by a link); null for the owner and Admins.</summary>
    public Guid? ShareLinkId { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime? LeftAt { get; set; }
    /// <summary>Seconds the member led playback as presenter during this stay.</summary>
    public double PresenterSeconds { get; set; }
}
