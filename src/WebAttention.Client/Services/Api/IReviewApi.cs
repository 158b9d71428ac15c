using WebAttention.Core.Review;

namespace WebAttention.Client.Services.Api;

/// <summary>The review endpoints (share links, comments, approvals, shared clips). Failures throw HttpRequestException with the server's message.</summary>
public interface IReviewApi
{
    Task<IReadOnlyList<ShareLinkView>> GetSharesAsync(Guid clipId, CancellationToken cancellationToken);
    Task<CreatedShareLink> CreateShareAsync(Guid clipId, CreateShareLinkRequest request, CancellationToken cancellationToken);
    Task RevokeShareAsync(Guid clipId, Guid linkId, CancellationToken cancellationToken);
    Task<ReviewIdentity> RedeemAsync(RedeemShareLinkRequest request, CancellationToken cancellationToken);
    Task<ReviewRoomInfo?> GetRoomAsync(Guid clipId, CancellationToken cancellationToken);
    Task<ReviewIdentity?> GetMeAsync(Guid clipId, CancellationToken cancellationToken);
    Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid clipId, CancellationToken cancellationToken);
    Task<CommentView> AddCommentAsync(Guid clipId, NewCommentRequest request, CancellationToken cancellationToken);
    Task<CommentView> EditCommentAsync(Guid clipId, Guid commentId, string body, CancellationToken cancellationToken);
    Task<CommentView> DeleteCommentAsync(Guid clipId, Guid commentId, CancellationToken cancellationToken);
    Task<CommentView> SetResolvedAsync(Guid clipId, Guid commentId, bool resolved, CancellationToken cancellationToken);
    Task<IReadOnlyList<ApprovalView>> GetApprovalsAsync(Guid clipId, CancellationToken cancellationToken);
    Task<ApprovalView> ApproveAsync(Guid clipId, NewApprovalRequest request, CancellationToken cancellationToken);
    Task<IReadOnlyList<AuditEventView>> GetAuditAsync(Guid clipId, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReviewSessionView>> GetSessionsAsync(Guid clipId, CancellationToken cancellationToken);
    Task<IReadOnlyList<SharedClip>> GetSharedWithMeAsync(CancellationToken cancellationToken);
}
