namespace WebAttention.Data.Entities;

/// <summary>Something done to a clip under review: shares, comments, approvals, edits, exports. Append-only.</summary>
public sealed class AuditEvent
{
    public const int MaxDetailLength = 2000;

    public long Id { get; set; }
    public Guid ClipId { get; set; }
    /// <summary>Actor key ("u:…" or "g:…").</summary>
    public required string Actor { get; set; }
    public required string ActorName { get; set; }
    /// <summary>What happened, e.g. "share.created", "comment.added" (see the server's AuditKinds).</summary>
    public required string Kind { get; set; }
    public required string Detail { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
}
