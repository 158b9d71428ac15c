using System.Security.Claims;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Review;

/// <summary>Kinds of audit events.</summary>
public static class AuditKinds
{
    public const string ShareCreated = "share.created";
    public const string ShareRevoked = "share.revoked";
    public const string ShareOpened = "share.opened";
    public const string CommentAdded = "comment.added";
    public const string CommentEdited = "comment.edited";
    public const string CommentDeleted = "comment.deleted";
    public const string CommentResolved = "comment.resolved";
    public const string CommentReopened = "comment.reopened";
    public const string Approval = "approval";
    public const string CropPathEdited = "croppath.edited";
    public const string ExportQueued = "export.queued";
}

/// <summary>Adds audit rows to a context; they are saved with the change they describe (one SaveChanges).</summary>
public static class ReviewAudit
{
    public static void Add(AppDbContext db, Guid clipId, ReviewActor actor, string kind, string detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Add(db, clipId, actor.Key, actor.Name, kind, detail);
    }

    /// <summary>For the creator's own endpoints (exports, REST keyframe edits), which know only the signed-in user.</summary>
    public static void Add(AppDbContext db, Guid clipId, ClaimsPrincipal user, string kind, string detail)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        Add(db, clipId, ReviewActor.UserKey(id), user.Identity?.Name ?? id, kind, detail);
    }

    /// <summary>For a caller known only by key and name (a guest redeeming a link).</summary>
    public static void Add(AppDbContext db, Guid clipId, string key, string name, string kind, string detail)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEvents.Add(new AuditEvent
        {
            ClipId = clipId,
            Actor = Fit(key, 80),
            ActorName = Fit(name, 80),
            Kind = kind,
            Detail = Fit(detail, AuditEvent.MaxDetailLength),
            At = DateTime.UtcNow,
        });
    }

    internal static string Fit(string text, int max) => text.Length <= max ? text : text[..max];
}
