using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Services.Api;
using WebAttention.Core.Review;

namespace WebAttention.Client.Tests.Components.Review;

public class ShareLinksPanelTests : MudTestContext
{
    private readonly MemoryReviewApi api = new();

    public ShareLinksPanelTests() => Services.AddSingleton<IReviewApi>(api);

    [Fact]
    public void Creating_a_link_shows_its_address_once_and_lists_it_and_revoking_marks_it()
    {
        var clip = Guid.NewGuid();
        var cut = Render<ShareLinksPanel>(p => p.Add(c => c.ClipId, clip));
        Assert.Empty(cut.FindAll("[data-testid=share-row]"));

        cut.Find("button[data-testid=share-create]").Click();

        cut.WaitForAssertion(() => Assert.Equal("http://test/review/tok-1", cut.Find("[data-testid=share-url]").TextContent));
        var row = cut.Find("[data-testid=share-row]");
        Assert.Contains("Comment", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("not yet", cut.Find("[data-testid=share-last-used]").TextContent);
        Assert.Equal("active", cut.Find("[data-testid=share-state]").TextContent);

        cut.Find("button[data-testid=share-revoke]").Click();

        cut.WaitForAssertion(() => Assert.Equal("revoked", cut.Find("[data-testid=share-state]").TextContent));
        Assert.Equal(clip, api.Revoked.Single().ClipId);
    }

    [Fact]
    public void A_refusal_is_shown_with_the_servers_message()
    {
        api.Refuse = "Expiry must be between 0 and 8784 hours (or none).";
        var cut = Render<ShareLinksPanel>(p => p.Add(c => c.ClipId, Guid.NewGuid()));

        cut.Find("button[data-testid=share-create]").Click();

        cut.WaitForAssertion(() => Assert.Equal(api.Refuse, cut.Find("[data-testid=share-error]").TextContent.Trim()));
    }

    /// <summary>Share links held in memory, as the server would answer.</summary>
    private sealed class MemoryReviewApi : IReviewApi
    {
        private readonly List<ShareLinkView> links = [];

        public string? Refuse { get; set; }

        public List<(Guid ClipId, Guid LinkId)> Revoked { get; } = [];

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
        public Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid clipId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<CommentView> AddCommentAsync(Guid clipId, NewCommentRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<CommentView> SetResolvedAsync(Guid clipId, Guid commentId, bool resolved, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<ApprovalView>> GetApprovalsAsync(Guid clipId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<ApprovalView> ApproveAsync(Guid clipId, NewApprovalRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<SharedClip>> GetSharedWithMeAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
