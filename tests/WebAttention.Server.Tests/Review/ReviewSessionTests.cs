using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Review;

namespace WebAttention.Server.Tests.Review;

/// <summary>The hub writes one ReviewSessions row per stay (join → leave/disconnect), shown to the owner and Admins only.</summary>
public sealed class ReviewSessionTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task Each_stay_is_recorded_with_who_how_and_when_it_ended_and_only_the_owner_and_admins_read_them()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var link = await fixture.ShareAsync(ReviewScope.Comment, clipId: clipId);
        await using var owner = ReviewClient.For(fixture.Owner, "owner");
        await using var ann = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, link.Token, "Ann");
        await owner.ConnectAsync();
        await ann.ConnectAsync();
        await owner.JoinAsync(clipId);
        await ann.JoinAsync(clipId);
        await ann.Hub.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId);
        await owner.Hub.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId);

        // Ann is still in the room: her stay is open, and a guest may not read the stays.
        var open = await SessionsAsync(fixture.Owner.Http, clipId);
        Assert.Equal(2, open.Length);
        Assert.All(open, s => Assert.Null(s.LeftAt));
        using (var guestRead = await ann.Http.GetAsync(ReviewRoutes.Sessions(clipId)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, guestRead.StatusCode);
        }

        // Ann disconnects (closes the tab); the owner leaves the room by the hub method.
        await ann.Hub.StopAsync();
        await owner.Hub.InvokeAsync(ReviewHubContract.Leave, clipId);

        ReviewSessionView[] rows = [];
        await ReviewClient.WaitUntilAsync(async () => (rows = await SessionsAsync(fixture.Admin.Http, clipId)).All(s => s.LeftAt is not null), "both stays end");
        var annRow = Assert.Single(rows, s => s.DisplayName == "Ann");
        Assert.Equal((ann.Identity!.IsGuest, (string?)null, (Guid?)link.Link.Id), (true, annRow.UserId, annRow.ShareLinkId));
        Assert.StartsWith("g:", annRow.ActorKey, StringComparison.Ordinal);
        Assert.True(annRow.LeftAt >= annRow.JoinedAt);
        var ownerRow = Assert.Single(rows, s => s.UserId == fixture.Owner.Info.Id);
        Assert.Null(ownerRow.ShareLinkId);
        Assert.True(ownerRow.LeftAt >= ownerRow.JoinedAt);
        // Presenter seconds follow the room's clock; PresenterTimeTests pins them exactly with a fake one.

        // Joining again is a new stay.
        await owner.JoinAsync(clipId);
        Assert.Equal(3, (await SessionsAsync(fixture.Owner.Http, clipId)).Length);
    }

    private static async Task<ReviewSessionView[]> SessionsAsync(HttpClient http, Guid clipId) =>
        (await http.GetFromJsonAsync<ReviewSessionView[]>(ReviewRoutes.Sessions(clipId)))!;
}
