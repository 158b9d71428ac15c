using System.Net;
using System.Net.Http.Json;
using WebAttention.Core.Review;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>
/// The cross-tenant cells of the matrix for routes with a second id: the owner of clip A, who may manage A, names a
/// link or comment of the other creator's clip B under A's route. Each must read as unknown (404) and leave B's
/// thing as it was (no id from another clip is acted on because the route's clip is the caller's).
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class CrossTenantIdTests(AuthzWorld world, ITestOutputHelper output)
{
    [Fact]
    public async Task Another_clips_link_or_comment_under_my_clips_route_reads_as_unknown_and_is_untouched()
    {
        var a = world.ClipA;
        var b = world.ClipB;
        var link = (await AuthzWorld.ShareAsync(world.Other, b, ReviewScope.View)).Link;
        using var made = await world.Other.Http.PostAsJsonAsync(ReviewRoutes.Comments(b), new NewCommentRequest("other's note", 2));
        made.EnsureSuccessStatusCode();
        var comment = (await made.Content.ReadFromJsonAsync<CommentView>())!;

        var calls = new (string Name, HttpMethod Method, string Url, object? Body)[]
        {
            ("DELETE A/shares/{B's link}", HttpMethod.Delete, ReviewRoutes.Share(a, link.Id), null),
            ("PUT A/comments/{B's comment}", HttpMethod.Put, ReviewRoutes.Comment(a, comment.Id), new EditCommentRequest("hijacked")),
            ("POST A/comments/{B's comment}/resolve", HttpMethod.Post, ReviewRoutes.Resolve(a, comment.Id), null),
            ("DELETE A/comments/{B's comment}", HttpMethod.Delete, ReviewRoutes.Comment(a, comment.Id), null),
        };
        var table = new ReliabilityTable("authz-cross-tenant-ids", "call as A's owner", "expected", "observed");
        var statuses = new List<HttpStatusCode>();
        foreach (var (name, method, url, body) in calls)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
            using var response = await world.Owner.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
            table.Add(name, 404, (int)response.StatusCode);
        }
        var links = await world.Other.Http.GetFromJsonAsync<ShareLinkView[]>(ReviewRoutes.Shares(b));
        var comments = await world.Other.Http.GetFromJsonAsync<CommentView[]>(ReviewRoutes.Comments(b));
        var stillThere = comments!.SingleOrDefault(c => c.Id == comment.Id);
        var linkAfter = links!.Single(l => l.Id == link.Id);
        table.Add("B's link afterwards", "not revoked", linkAfter.RevokedAt is null ? "not revoked" : "revoked");
        table.Add("B's comment afterwards", "unchanged", stillThere is null ? "deleted" : stillThere.Body == "other's note" && !stillThere.Resolved && !stillThere.Deleted ? "unchanged" : $"changed: {stillThere.Body}");
        table.Publish(output);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Null(linkAfter.RevokedAt);
        Assert.Equal(("other's note", false, false), (stillThere?.Body, stillThere?.Resolved, stillThere?.Deleted));
    }
}
