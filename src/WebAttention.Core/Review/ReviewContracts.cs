namespace WebAttention.Core.Review;

/// <summary>POST body of a new share link. <paramref name="ExpiresInHours"/> null: no expiry.</summary>
public sealed record CreateShareLinkRequest(ReviewScope Scope, double? ExpiresInHours = null, string? Password = null, string? Label = null);

/// <summary>A share link as its owner sees it (never the token, which is only shown once).</summary>
public sealed record ShareLinkView(
    Guid Id, Guid ClipId, ReviewScope Scope, string? Label, DateTime CreatedAt, DateTime? ExpiresAt,
    bool HasPassword, DateTime? RevokedAt, DateTime? LastUsedAt, int UseCount, bool Active);

/// <summary>Answer to creating a link: the link and its token (shown once; only its hash is stored) and the page address.</summary>
public sealed record CreatedShareLink(ShareLinkView Link, string Token, string Url);

/// <summary>POST body that exchanges a link's token (and password) for a review identity.</summary>
public sealed record RedeemShareLinkRequest(string Token, string DisplayName, string? Password = null);

/// <summary>Who the caller is in a clip's review and what they may do.</summary>
public sealed record ReviewIdentity(Guid ClipId, string ClipTitle, string ActorKey, string DisplayName, ReviewScope Scope, bool IsGuest);

/// <summary>A clip shared with a signed-in reviewer.</summary>
public sealed record SharedClip(Guid ClipId, string Title, ReviewScope Scope, string SharedBy, DateTime SharedAt);

/// <summary>A box on the frame, in 0–1 of the frame's width and height.</summary>
public sealed record RegionBox(double X, double Y, double Width, double Height);

/// <summary>POST body of a comment or reply. LastFrame null: a single frame.</summary>
public sealed record NewCommentRequest(string Body, long FirstFrame, long? LastFrame = null, RegionBox? Region = null, Guid? ParentId = null, string? Aspect = null);

/// <summary>PUT body: the new text of one's own comment.</summary>
public sealed record EditCommentRequest(string Body);

/// <summary>A comment as every member of the room sees it. Deleted comments keep their place in a thread with an empty body.</summary>
public sealed record CommentView(
    Guid Id, Guid ClipId, Guid? ParentId, string? Aspect, long FirstFrame, long LastFrame, RegionBox? Region,
    string Body, string AuthorKey, string AuthorName, IReadOnlyList<string> Mentions, double? Attention,
    bool Resolved, DateTime CreatedAt, DateTime? EditedAt, bool Deleted);

/// <summary>Approve, or ask for changes.</summary>
public enum ApprovalVerdict
{
    /// <summary>The revision may be exported.</summary>
    Approved = 1,
    /// <summary>The revision needs work.</summary>
    ChangesRequested = 2,
}

/// <summary>POST body of an approval of one crop path revision.</summary>
public sealed record NewApprovalRequest(string Aspect, int Revision, ApprovalVerdict Verdict, string? Comment = null);

/// <summary>An approval as the room sees it.</summary>
public sealed record ApprovalView(Guid Id, Guid ClipId, string Aspect, int Revision, ApprovalVerdict Verdict, string? Comment, string ActorName, DateTime CreatedAt);

/// <summary>One member's stay in a clip's review room (LeftAt null: still there).</summary>
public sealed record ReviewSessionView(Guid Id, Guid ClipId, string ActorKey, string DisplayName, string? UserId, Guid? ShareLinkId,
    DateTime JoinedAt, DateTime? LeftAt, double PresenterSeconds);

/// <summary>One line of a clip's audit log.</summary>
public sealed record AuditEventView(long Id, Guid ClipId, string Actor, string ActorName, string Kind, string Detail, DateTime At);

/// <summary>What the review room page needs of a clip: who the caller is, the clip's timing and size, and the latest path revisions.</summary>
public sealed record ReviewRoomInfo(ReviewIdentity Me, double FrameRate, long FrameCount, int Width, int Height, IReadOnlyList<WebAttention.Core.Reframing.CropPathSummary> Paths);
