using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Review;
using WebAttention.Data;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// The scenario over real HTTP and SignalR (the browser version needs the review page): owner shares with
/// comment scope, two guests join, presence shows three, the owner seeks and both followers land on the same frame,
/// a guest comments on a region, the owner sees it and replies, resolves, revokes — the guests are dropped and the
/// link answers 410, their cookies 403.
/// </summary>
public sealed class ReviewFlowTests(ReviewFixture fixture, ITestOutputHelper output) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task Owner_shares_guests_join_follow_comment_and_are_dropped_when_the_link_is_revoked()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Comment, clipId: clipId);
        Assert.True(ShareTokenShape(link.Token), "The token is 43 base64url characters (256 bits).");
        Assert.EndsWith(ReviewRoutes.Page(link.Token), link.Url, StringComparison.Ordinal);

        await using var owner = ReviewClient.For(fixture.Owner, "owner");
        await using var ann = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Ann");
        await using var bob = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Bob");
        Assert.Equal((ReviewScope.Comment, true, clipId), (ann.Identity!.Scope, ann.Identity.IsGuest, ann.Identity.ClipId));

        await owner.ConnectAsync();
        await ann.ConnectAsync();
        await bob.ConnectAsync();
        await owner.JoinAsync(clipId);
        await ann.JoinAsync(clipId);
        var snapshot = await bob.JoinAsync(clipId);
        Assert.Equal(3, snapshot.Members.Count);
        await ReviewClient.WaitUntilAsync(() => owner.Presence.LastOrDefault()?.Count == 3, "the owner sees three members");
        Assert.Equal(["Ann", "Bob", fixture.Owner.Info.Email], owner.Presence.Last().Select(m => m.DisplayName).Order(StringComparer.OrdinalIgnoreCase));

        // The owner presents and seeks to frame 37 (25 fps); both followers get the same state and land on frame 37.
        await owner.Hub.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId);
        var sent = await owner.Hub.InvokeAsync<PlaybackState>(ReviewHubContract.Playback, clipId, new PlaybackCommand(false, 37 / 25.0 + 0.001, 1));
        foreach (var follower in new[] { ann, bob })
        {
            await ReviewClient.WaitUntilAsync(() => follower.Playback.Any(s => s.Sequence == sent.Sequence), $"{follower.Label} gets the seek");
            var state = follower.Playback.Last(s => s.Sequence == sent.Sequence);
            var target = PlaybackClock.Correction(0, PlaybackClock.ExpectedPosition(state, state.ServerTimeMs + 5_000), 25)!.Value;
            Assert.Equal(37, new Core.Media.FrameClock(25, ReviewFixture.Frames).FrameAt(target));
        }

        // Ann comments on a region at frame 12; the owner's room gets it at once and replies; Bob resolves.
        using var posted = await ann.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId),
            new NewCommentRequest("The **logo** is cut <script>alert(1)</script> @Bob", 12, 20, new RegionBox(0.5, 0.25, 0.25, 0.5), Aspect: "9:16"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var comment = (await posted.Content.ReadFromJsonAsync<CommentView>())!;
        Assert.Equal((12L, 20L, "Ann", new RegionBox(0.5, 0.25, 0.25, 0.5)), (comment.FirstFrame, comment.LastFrame, comment.AuthorName, comment.Region));
        Assert.Equal(["Bob"], comment.Mentions);
        await ReviewClient.WaitUntilAsync(() => owner.Comments.Any(c => c.Id == comment.Id), "the owner sees Ann's comment");

        using var reply = await fixture.Owner.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("Fixed in the next revision", 12, ParentId: comment.Id));
        var replyView = (await reply.Content.ReadFromJsonAsync<CommentView>())!;
        await ReviewClient.WaitUntilAsync(() => ann.Comments.Any(c => c.Id == replyView.Id && c.ParentId == comment.Id), "Ann sees the reply in the thread");
        using var resolved = await bob.Http.PostAsync(ReviewRoutes.Resolve(clipId, comment.Id), null);
        Assert.True((await resolved.Content.ReadFromJsonAsync<CommentView>())!.Resolved);
        await ReviewClient.WaitUntilAsync(() => owner.Comments.Any(c => c.Id == comment.Id && c.Resolved), "the owner sees it resolved");

        // Revoke: both guests are told and dropped; the link and their cookies stop working.
        using var revoked = await fixture.Owner.Http.DeleteAsync(ReviewRoutes.Share(clipId, link.Link.Id));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        foreach (var guest in new[] { ann, bob })
        {
            await guest.Closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(guest.Revoked, r => r.Contains("revoked", StringComparison.Ordinal));
            using var again = await guest.RedeemAsync(link.Token, guest.Label);
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            using var read = await guest.Http.GetAsync(ReviewRoutes.Comments(clipId));
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        }
        await ReviewClient.WaitUntilAsync(() => owner.Presence.LastOrDefault()?.Count == 1, "the owner sees the guests go");

        var audit = (await fixture.Owner.Http.GetFromJsonAsync<AuditEventView[]>(ReviewRoutes.Audit(clipId)))!;
        output.WriteLine(string.Join(Environment.NewLine, audit.Select(a => $"{a.At:HH:mm:ss.fff} {a.ActorName,-28} {a.Kind,-18} {a.Detail}")));
        Assert.Equal(["share.created", "share.opened", "share.opened", "comment.added", "comment.added", "comment.resolved", "share.revoked"], audit.Select(a => a.Kind));
    }

    [Fact]
    public async Task Links_are_stored_hashed_passwords_are_checked_and_expired_links_answer_410()
    {
        var link = await fixture.ShareAsync(ReviewScope.View, password: "open sesame");
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ShareLinks.AsNoTracking().SingleAsync(l => l.Id == link.Link.Id);
            Assert.Equal(Server.Review.ShareTokens.Hash(link.Token), row.TokenHash);
            Assert.DoesNotContain(link.Token, row.TokenHash, StringComparison.Ordinal);
            Assert.DoesNotContain("open sesame", row.PasswordHash!, StringComparison.Ordinal);
        }
        await using var guest = ReviewClient.Anonymous(fixture.Factory.BaseAddress);
        using (var none = await guest.RedeemAsync(link.Token, "Cy"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        }
        using (var wrong = await guest.RedeemAsync(link.Token, "Cy", "guess"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        }
        using (var noName = await guest.RedeemAsync(link.Token, "  ", "open sesame"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        }
        using (var right = await guest.RedeemAsync(link.Token, "Cy", "open sesame"))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }
        using (var unknown = await guest.RedeemAsync(new string('A', 43), "Cy"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var expiring = await fixture.ShareAsync(ReviewScope.View, hours: 1);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ShareLinks.Where(l => l.Id == expiring.Link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }
        using var expired = await guest.RedeemAsync(expiring.Token, "Cy");
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = (await fixture.Owner.Http.GetFromJsonAsync<ShareLinkView[]>(ReviewRoutes.Shares(fixture.ClipId)))!;
        var used = list.Single(l => l.Id == link.Link.Id);
        Assert.True(used.HasPassword);
        Assert.Equal(1, used.UseCount);
        Assert.NotNull(used.LastUsedAt);
        Assert.False(list.Single(l => l.Id == expiring.Link.Id).Active);
    }

    [Fact]
    public async Task Approving_a_revision_that_is_not_the_latest_is_refused_with_a_clear_409()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Edit, clipId: clipId);
        await using var editor = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Eve");
        await editor.ConnectAsync();
        await editor.JoinAsync(clipId);
        await editor.Hub.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, 1, 10, 120, 90));

        using var stale = await editor.Http.PostAsJsonAsync(ReviewRoutes.Approvals(clipId), new NewApprovalRequest("9:16", 1, ApprovalVerdict.Approved));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var message = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Revision 1 of 9:16 is not the latest (the latest is 2)", message, StringComparison.Ordinal);

        using var ok = await editor.Http.PostAsJsonAsync(ReviewRoutes.Approvals(clipId), new NewApprovalRequest("9:16", 2, ApprovalVerdict.ChangesRequested, "Keep the face in"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var approvals = (await fixture.Owner.Http.GetFromJsonAsync<ApprovalView[]>(ReviewRoutes.Approvals(clipId)))!;
        Assert.Equal((2, ApprovalVerdict.ChangesRequested, "Eve"), (approvals.Single().Revision, approvals.Single().Verdict, approvals.Single().ActorName));
    }

    private static bool ShareTokenShape(string token) => Server.Review.ShareTokens.LooksValid(token);
}
