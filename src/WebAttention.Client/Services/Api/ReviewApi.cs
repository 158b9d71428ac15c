using System.Net;
using System.Net.Http.Json;
using WebAttention.Core.Review;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IReviewApi"/>.</summary>
public sealed class ReviewApi(HttpClient http) : IReviewApi
{
    public async Task<IReadOnlyList<ShareLinkView>> GetSharesAsync(Guid clipId, CancellationToken cancellationToken) =>
        await GetAsync<ShareLinkView[]>(ReviewRoutes.Shares(clipId), cancellationToken) ?? [];

    public Task<CreatedShareLink> CreateShareAsync(Guid clipId, CreateShareLinkRequest request, CancellationToken cancellationToken) =>
        PostAsync<CreatedShareLink>(ReviewRoutes.Shares(clipId), request, cancellationToken);

    public async Task RevokeShareAsync(Guid clipId, Guid linkId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(ReviewRoutes.Share(clipId, linkId), cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public Task<ReviewIdentity> RedeemAsync(RedeemShareLinkRequest request, CancellationToken cancellationToken) =>
        PostAsync<ReviewIdentity>(ReviewRoutes.Redeem, request, cancellationToken);

    public Task<ReviewRoomInfo?> GetRoomAsync(Guid clipId, CancellationToken cancellationToken) =>
        GetAsync<ReviewRoomInfo>(ReviewRoutes.RoomInfo(clipId), cancellationToken);

    public Task<ReviewIdentity?> GetMeAsync(Guid clipId, CancellationToken cancellationToken) =>
        GetAsync<ReviewIdentity>(ReviewRoutes.Me(clipId), cancellationToken);

    public async Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid clipId, CancellationToken cancellationToken) =>
        await GetAsync<CommentView[]>(ReviewRoutes.Comments(clipId), cancellationToken) ?? [];

    public Task<CommentView> AddCommentAsync(Guid clipId, NewCommentRequest request, CancellationToken cancellationToken) =>
        PostAsync<CommentView>(ReviewRoutes.Comments(clipId), request, cancellationToken);

    public async Task<CommentView> EditCommentAsync(Guid clipId, Guid commentId, string body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(ReviewRoutes.Comment(clipId, commentId), new EditCommentRequest(body), cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CommentView>(ApiJson.Options, cancellationToken))!;
    }

    public async Task<CommentView> DeleteCommentAsync(Guid clipId, Guid commentId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(ReviewRoutes.Comment(clipId, commentId), cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CommentView>(ApiJson.Options, cancellationToken))!;
    }

    public async Task<CommentView> SetResolvedAsync(Guid clipId, Guid commentId, bool resolved, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(resolved ? ReviewRoutes.Resolve(clipId, commentId) : ReviewRoutes.Reopen(clipId, commentId), null, cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CommentView>(ApiJson.Options, cancellationToken))!;
    }

    public async Task<IReadOnlyList<ApprovalView>> GetApprovalsAsync(Guid clipId, CancellationToken cancellationToken) =>
        await GetAsync<ApprovalView[]>(ReviewRoutes.Approvals(clipId), cancellationToken) ?? [];

    public Task<ApprovalView> ApproveAsync(Guid clipId, NewApprovalRequest request, CancellationToken cancellationToken) =>
        PostAsync<ApprovalView>(ReviewRoutes.Approvals(clipId), request, cancellationToken);

    public async Task<IReadOnlyList<AuditEventView>> GetAuditAsync(Guid clipId, CancellationToken cancellationToken) =>
        await GetAsync<AuditEventView[]>(ReviewRoutes.Audit(clipId), cancellationToken) ?? [];

    public async Task<IReadOnlyList<ReviewSessionView>> GetSessionsAsync(Guid clipId, CancellationToken cancellationToken) =>
        await GetAsync<ReviewSessionView[]>(ReviewRoutes.Sessions(clipId), cancellationToken) ?? [];

    public async Task<IReadOnlyList<SharedClip>> GetSharedWithMeAsync(CancellationToken cancellationToken) =>
        await GetAsync<SharedClip[]>(ReviewRoutes.SharedWithMe, cancellationToken) ?? [];

    /// <summary>The body, or default on 404 (no such clip, or no access).</summary>
    private async Task<T?> GetAsync<T>(string route, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(route, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }
        await EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken);
    }

    private async Task<T> PostAsync<T>(string route, object body, CancellationToken cancellationToken)
    {
        // Default web JSON: enums go as numbers, which the server binds (it has no string-enum converter).
        using var response = await http.PostAsJsonAsync(route, body, cancellationToken);
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
    }
}
