namespace WebAttention.Core.Review;

/// <summary>HTTP routes of review sessions (share links, comments, approvals, audit).</summary>
public static class ReviewRoutes
{
    /// <summary>POST RedeemShareLinkRequest → ReviewIdentity (sets the guest cookie, or a grant for a signed-in user).</summary>
    public const string Redeem = "/api/review/redeem";
    /// <summary>GET: SharedClip[] of the signed-in user.</summary>
    public const string SharedWithMe = "/api/review/shared";
    /// <summary>The browser page a share link opens.</summary>
    public static string Page(string token) => $"/review/{token}";
    /// <summary>The review room page of a clip.</summary>
    public static string Room(Guid clipId) => $"/clips/{clipId}/review";
    /// <summary>GET: ReviewIdentity of the caller on a clip.</summary>
    public static string Me(Guid clipId) => $"/api/clips/{clipId}/review/me";
    /// <summary>GET: ReviewRoomInfo (view scope).</summary>
    public static string RoomInfo(Guid clipId) => $"/api/clips/{clipId}/review/room";
    /// <summary>GET (ranges): the clip's browser proxy for anyone with view scope.</summary>
    public static string Video(Guid clipId) => $"/api/clips/{clipId}/review/video";
    /// <summary>POST CreateShareLinkRequest → CreatedShareLink; GET: ShareLinkView[].</summary>
    public static string Shares(Guid clipId) => $"/api/clips/{clipId}/shares";
    /// <summary>DELETE: revoke (open sessions are dropped).</summary>
    public static string Share(Guid clipId, Guid linkId) => $"/api/clips/{clipId}/shares/{linkId}";
    /// <summary>GET: CommentView[]; POST NewCommentRequest → CommentView.</summary>
    public static string Comments(Guid clipId) => $"/api/clips/{clipId}/comments";
    /// <summary>PUT EditCommentRequest, DELETE: one's own comment.</summary>
    public static string Comment(Guid clipId, Guid commentId) => $"/api/clips/{clipId}/comments/{commentId}";
    /// <summary>POST: mark resolved.</summary>
    public static string Resolve(Guid clipId, Guid commentId) => $"{Comment(clipId, commentId)}/resolve";
    /// <summary>POST: reopen.</summary>
    public static string Reopen(Guid clipId, Guid commentId) => $"{Comment(clipId, commentId)}/reopen";
    /// <summary>GET: ApprovalView[]; POST NewApprovalRequest → ApprovalView (409 when the revision is not the latest).</summary>
    public static string Approvals(Guid clipId) => $"/api/clips/{clipId}/approvals";
    /// <summary>GET: AuditEventView[] (owner and Admins).</summary>
    public static string Audit(Guid clipId) => $"/api/clips/{clipId}/audit";

    /// <summary>GET: ReviewSessionView[] — members' stays in the room (owner and Admins).</summary>
    public static string Sessions(Guid clipId) => $"/api/clips/{clipId}/review-sessions";
}
