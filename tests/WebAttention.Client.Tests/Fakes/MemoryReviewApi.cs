using WebAttention.Client.Services.Api;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>Share links held in memory, as the server would answer.</summary>
public sealed class MemoryReviewApi : IReviewApi
{
    private readonly List<ShareLinkView> links = [];

    public string? Refuse { get; set; }

    public List<(Guid ClipId, Guid LinkId)> Revoked { get; } = [];

    /// <summary>What "Shared with me" answers (empty: a Creator with nothing shared).</summary>
    public List<SharedClip> Shared { get; } = [];

    public Task<IReadOnlyList<ShareLinkView>> GetSharesAsync(Guid clipId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ShareLinkView>>([.. links.Where(l => l.ClipId == clipId)]);

    public Task<CreatedShareLink> CreateShareAsync(Guid clipId, CreateShareLinkRequest request, CancellationToken cancellationToken)
    {
        if (Refuse is not null)
        {
            throw new HttpRequestException(Refuse);
        }
        var link = new ShareLinkView(Guid.NewGuid(), clipId, request.Scope, null, DateTime.UtcNow, null, request.Password is not null, null, null, 0, true);
        links.Add(link);
        return Task.FromResult(new CreatedShareLink(link, $"tok-{links.Count}", $"http://test/review/tok-{links.Count}"));
    }

    public Task RevokeShareAsync(Guid clipId, Guid linkId, CancellationToken cancellationToken)
    {
        var i = links.FindIndex(l => l.Id == linkId);
        links[i] = links[i] with { RevokedAt = DateTime.UtcNow, Active = false };
        Revoked.Add((clipId, linkId));
        return Task.CompletedTask;
    }

    public Task<ReviewIdentity> RedeemAsync(RedeemShareLinkRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<ReviewRoomInfo?> GetRoomAsync(Guid clipId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<ReviewIdentity?> GetMeAsync(Guid clipId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid clipId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CommentView>>([.. Comments.Values.Where(c => c.ClipId == clipId)]);
    public Task<CommentView> AddCommentAsync(Guid clipId, NewCommentRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    /// <summary>Comments held by id, as the server keeps them (edits replace the body, deletes empty it).</summary>
    public Dictionary<Guid, CommentView> Comments { get; } = [];

    public Task<CommentView> EditCommentAsync(Guid clipId, Guid commentId, string body, CancellationToken cancellationToken) =>
        Task.FromResult(Comments[commentId] = Comments[commentId] with { Body = body.Trim(), EditedAt = DateTime.UtcNow });

    public Task<CommentView> DeleteCommentAsync(Guid clipId, Guid commentId, CancellationToken cancellationToken) =>
        Task.FromResult(Comments[commentId] = Comments[commentId] with { Body = string.Empty, Deleted = true, Mentions = [] });

    public Task<CommentView> SetResolvedAsync(Guid clipId, Guid commentId, bool resolved, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyList<ApprovalView>> GetApprovalsAsync(Guid clipId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<ApprovalView> ApproveAsync(Guid clipId, NewApprovalRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    /// <summary>What the audit log and the room-visit list answer.</summary>
    public List<AuditEventView> Audit { get; } = [];

    public List<ReviewSessionView> Sessions { get; } = [];

    public Task<IReadOnlyList<AuditEventView>> GetAuditAsync(Guid clipId, CancellationToken cancellationToken) =>
        Refuse is not null ? throw new HttpRequestException(Refuse) : Task.FromResult<IReadOnlyList<AuditEventView>>([.. Audit.Where(a => a.ClipId == clipId)]);

    public Task<IReadOnlyList<ReviewSessionView>> GetSessionsAsync(Guid clipId, CancellationToken cancellationToken) =>
        Refuse is not null ? throw new HttpRequestException(Refuse) : Task.FromResult<IReadOnlyList<ReviewSessionView>>([.. Sessions.Where(s => s.ClipId == clipId)]);

    public Task<IReadOnlyList<SharedClip>> GetSharedWithMeAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SharedClip>>([.. Shared]);
}
