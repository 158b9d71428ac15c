using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Reframing;
using WebAttention.Core.Review;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Review;

/// <summary>Signed-in reviewers (grant + Reviewer role, "Shared with me") and audit events of the creator's own endpoints.</summary>
public sealed class ReviewGrantAndAuditTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task A_signed_in_user_who_opens_a_link_becomes_a_reviewer_of_that_clip_until_the_link_is_revoked()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Comment, clipId: clipId);
        await using var user = await TestUser.RegisterAsync(fixture.Factory.BaseAddress);
        Assert.DoesNotContain(Roles.Reviewer, user.Info.Roles);

        using var redeemed = await user.Http.PostAsJsonAsync(ReviewRoutes.Redeem, new RedeemShareLinkRequest(link.Token, string.Empty));
        var identity = (await redeemed.Content.ReadFromJsonAsync<ReviewIdentity>())!;
        Assert.Equal((false, ReviewScope.Comment, $"u:{user.Info.Id}"), (identity.IsGuest, identity.Scope, identity.ActorKey));

        var me = (await user.Http.GetFromJsonAsync<UserInfo>(ApiRoutes.Me))!;
        Assert.Contains(Roles.Reviewer, me.Roles);
        var shared = (await user.Http.GetFromJsonAsync<SharedClip[]>(ReviewRoutes.SharedWithMe))!;
        Assert.Equal((clipId, ReviewScope.Comment, fixture.Owner.Info.Email), (shared.Single().ClipId, shared.Single().Scope, shared.Single().SharedBy));
        // The grant is for that clip only: the fixture's other clip stays unknown.
        Assert.Equal(HttpStatusCode.NotFound, (await user.Http.GetAsync(ReviewRoutes.Comments(fixture.ClipId))).StatusCode);

        (await fixture.Owner.Http.DeleteAsync(ReviewRoutes.Share(clipId, link.Link.Id))).EnsureSuccessStatusCode();

        Assert.Empty((await user.Http.GetFromJsonAsync<SharedClip[]>(ReviewRoutes.SharedWithMe))!);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Http.GetAsync(ReviewRoutes.Comments(clipId))).StatusCode);
    }

    [Fact]
    public async Task Studio_keyframe_edits_and_exports_write_audit_events()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var edit = new KeyframeEdit(1, [new CropKeyframeView(20, 150, 90, true)]);
        using (var put = await fixture.Owner.Http.PutAsJsonAsync(ApiRoutes.CropPathKeyframes(clipId, ReviewFixture.Aspect), edit))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        using (var export = await fixture.Owner.Http.PostAsJsonAsync(ApiRoutes.Exports(clipId), new ExportRequest([ReviewFixture.Aspect])))
        {
            Assert.Equal(HttpStatusCode.Accepted, export.StatusCode);
        }

        var audit = (await fixture.Owner.Http.GetFromJsonAsync<AuditEventView[]>(ReviewRoutes.Audit(clipId)))!;

        Assert.Equal(["croppath.edited", "export.queued"], audit.Select(a => a.Kind));
        Assert.Equal("9:16 r2: 1 keyframes (studio)", audit[0].Detail);
        Assert.StartsWith("9:16 r2 at ", audit[1].Detail, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.Equal(fixture.Owner.Info.Email, a.ActorName));
    }
}
