using System.Net;
using System.Net.Http.Json;
using WebAttention.Core.Review;

namespace WebAttention.Server.Tests.Review;

/// <summary>A comment that @mentions a member of the room tells that member (hub "Mentioned"), and only them.</summary>
public sealed class MentionTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task A_mentioned_member_is_notified_over_the_hub_and_the_others_are_not()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Comment, clipId: clipId);
        await using var owner = ReviewClient.For(fixture.Owner, "owner");
        await using var ann = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Ann");
        await using var bob = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Bob Smith");
        foreach (var client in new[] { owner, ann, bob })
        {
            await client.ConnectAsync();
            await client.JoinAsync(clipId);
        }

        // Ann names Bob (a name with a space) and herself; the owner is not named.
        using var posted = await ann.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("@bob smith the logo is cut, says @Ann", 7));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var comment = (await posted.Content.ReadFromJsonAsync<CommentView>())!;

        await ReviewClient.WaitUntilAsync(() => !bob.Mentioned.IsEmpty, "Bob is told he was mentioned");
        var notice = Assert.Single(bob.Mentioned);
        Assert.Equal((clipId, comment.Id, 7L, "Ann", comment.Body), (notice.ClipId, notice.CommentId, notice.FirstFrame, notice.AuthorName, notice.Body));

        // Everyone got the comment itself; a later comment without a mention reaches all and notifies nobody, so
        // once it arrived, a mention of the owner or of Ann would have arrived before it (one connection, in order).
        using var plain = await bob.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("thanks", 7));
        var plainView = (await plain.Content.ReadFromJsonAsync<CommentView>())!;
        foreach (var client in new[] { owner, ann, bob })
        {
            await ReviewClient.WaitUntilAsync(() => client.Comments.Any(c => c.Id == plainView.Id), $"{client.Label} gets the plain comment");
        }
        Assert.Empty(owner.Mentioned);
        Assert.Empty(ann.Mentioned);
        Assert.Single(bob.Mentioned);

        // Ann edits her comment to name the owner too: the owner is told; Bob, named before, is not told again.
        var ownerName = fixture.Owner.Info.Email;
        using var edited = await ann.Http.PutAsJsonAsync(ReviewRoutes.Comment(clipId, comment.Id), new EditCommentRequest($"@Bob Smith and @{ownerName}: the logo is cut"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        await ReviewClient.WaitUntilAsync(() => !owner.Mentioned.IsEmpty, "the owner is told of the edit that names him");
        Assert.Equal(comment.Id, Assert.Single(owner.Mentioned).CommentId);
        using var after = await bob.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("ok", 8));
        var afterView = (await after.Content.ReadFromJsonAsync<CommentView>())!;
        await ReviewClient.WaitUntilAsync(() => bob.Comments.Any(c => c.Id == afterView.Id), "Bob gets his own later comment");
        Assert.Single(bob.Mentioned);
    }
}
