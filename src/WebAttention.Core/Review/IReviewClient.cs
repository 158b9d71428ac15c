namespace WebAttention.Core.Review;

/// <summary>Messages the review hub sends to the members of a clip's room.</summary>
public interface IReviewClient
{
    /// <summary>Who is in the room now.</summary>
    Task PresenceChanged(IReadOnlyList<PresenceMember> members);

    /// <summary>The presenter played, paused, sought or changed rate.</summary>
    Task PlaybackChanged(PlaybackState state);

    /// <summary>A comment was added, edited, resolved, reopened or deleted.</summary>
    Task CommentChanged(CommentView comment);

    /// <summary>A revision was approved or sent back.</summary>
    Task ApprovalAdded(ApprovalView approval);

    /// <summary>The crop path has a new revision from a keyframe edit.</summary>
    Task CropPathEdited(CropPathEdited edit);

    /// <summary>A later edit replaced this connection's keyframe.</summary>
    Task KeyframeOverwritten(KeyframeOverwritten notice);

    /// <summary>A new comment mentions this member (@name).</summary>
    Task Mentioned(MentionNotice notice);

    /// <summary>The caller's access ended (link revoked or expired); the connection is closed after this.</summary>
    Task AccessRevoked(string reason);
}
