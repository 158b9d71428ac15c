using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Review;
using WebAttention.Data;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// Every review endpoint and hub method × every kind of caller: only the calls the caller's scope allows succeed.
/// The table is printed to the test output ("ok" allowed and passed, "no" refused as it should be; a mismatch fails).
/// </summary>
public sealed class AuthorizationMatrixTests(ReviewFixture fixture, ITestOutputHelper output) : IClassFixture<ReviewFixture>
{
    private sealed record Caller(string Name, ReviewScope Scope, ReviewClient Client, bool Account);

    private sealed record Operation(string Name, ReviewScope Needs, Func<Caller, Task<bool>> Run, bool AccountOnly = false, bool AuthorOnly = false);

    [Fact]
    public async Task Only_calls_the_callers_scope_allows_pass()
    {
        var clipId = fixture.ClipId;
        var callers = await CallersAsync(clipId);
        // A comment of the owner's for callers to edit, delete, resolve and reopen (only the author edits; Manage deletes).
        using var made = await fixture.Owner.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("owner's note", 3));
        var ownersComment = (await made.Content.ReadFromJsonAsync<CommentView>())!;

        var operations = new List<Operation>
        {
            new("GET review/me", ReviewScope.View, c => Http(c, HttpMethod.Get, ReviewRoutes.Me(clipId))),
            new("GET shares", ReviewScope.Manage, c => Http(c, HttpMethod.Get, ReviewRoutes.Shares(clipId))),
            new("POST shares", ReviewScope.Manage, c => Http(c, HttpMethod.Post, ReviewRoutes.Shares(clipId), new CreateShareLinkRequest(ReviewScope.View))),
            new("DELETE shares/{id}", ReviewScope.Manage, async c =>
            {
                var spare = await fixture.ShareAsync(ReviewScope.View);
                return await Http(c, HttpMethod.Delete, ReviewRoutes.Share(clipId, spare.Link.Id));
            }),
            new("GET comments", ReviewScope.View, c => Http(c, HttpMethod.Get, ReviewRoutes.Comments(clipId))),
            new("POST comments", ReviewScope.Comment, c => Http(c, HttpMethod.Post, ReviewRoutes.Comments(clipId), new NewCommentRequest("a note", 5, Region: new RegionBox(0.1, 0.1, 0.2, 0.2)))),
            new("PUT comments/{owner's}", ReviewScope.Manage, c => Http(c, HttpMethod.Put, ReviewRoutes.Comment(clipId, ownersComment.Id), new EditCommentRequest("changed")), AuthorOnly: true),
            new("POST comments/{id}/resolve", ReviewScope.Comment, c => Http(c, HttpMethod.Post, ReviewRoutes.Resolve(clipId, ownersComment.Id))),
            new("POST comments/{id}/reopen", ReviewScope.Comment, c => Http(c, HttpMethod.Post, ReviewRoutes.Reopen(clipId, ownersComment.Id))),
            new("DELETE comments/{other's}", ReviewScope.Manage, async c =>
            {
                using var extra = await fixture.Owner.Http.PostAsJsonAsync(ReviewRoutes.Comments(clipId), new NewCommentRequest("to delete", 4));
                var id = (await extra.Content.ReadFromJsonAsync<CommentView>())!.Id;
                return await Http(c, HttpMethod.Delete, ReviewRoutes.Comment(clipId, id));
            }),
            new("GET approvals", ReviewScope.View, c => Http(c, HttpMethod.Get, ReviewRoutes.Approvals(clipId))),
            new("POST approvals", ReviewScope.Comment, async c =>
                await Http(c, HttpMethod.Post, ReviewRoutes.Approvals(clipId), new NewApprovalRequest(ReviewFixture.Aspect, await fixture.LatestRevisionAsync(), ApprovalVerdict.Approved))),
            new("GET audit", ReviewScope.Manage, c => Http(c, HttpMethod.Get, ReviewRoutes.Audit(clipId))),
            new("GET review-sessions", ReviewScope.Manage, c => Http(c, HttpMethod.Get, ReviewRoutes.Sessions(clipId))),
            new("GET review/shared", ReviewScope.None, c => Http(c, HttpMethod.Get, ReviewRoutes.SharedWithMe), AccountOnly: true),
            new("hub Join", ReviewScope.View, c => Hub(c, clipId, join: false, h => h.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId))),
            new("hub UpdatePresence", ReviewScope.View, c => Hub(c, clipId, join: true, h => h.InvokeAsync(ReviewHubContract.UpdatePresence, clipId, new PresenceUpdate(1.5, true, false)))),
            new("hub TakePresenter", ReviewScope.Comment, c => Hub(c, clipId, join: true, h => h.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId))),
            new("hub Playback", ReviewScope.Comment, c => Hub(c, clipId, join: true, async h =>
            {
                try
                {
                    await h.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, clipId);
                }
                catch (HubException)
                {
                    // Refused callers try to lead playback without being presenter: that must be refused as well.
                }
                await h.InvokeAsync<PlaybackState>(ReviewHubContract.Playback, clipId, new PlaybackCommand(true, 0.5, 1));
            })),
            new("hub EditKeyframe", ReviewScope.Edit, c => Hub(c, clipId, join: true, async h =>
                await h.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, clipId, new KeyframeChange(ReviewFixture.Aspect, await fixture.LatestRevisionAsync(), 25, 160, 90)))),
            new("hub Leave", ReviewScope.View, c => Hub(c, clipId, join: true, h => h.InvokeAsync(ReviewHubContract.Leave, clipId))),
        };

        var table = new StringBuilder();
        table.Append($"{"",-28}").AppendJoin("", callers.Select(c => $"{c.Name,-10}")).AppendLine();
        var mismatches = new List<string>();
        foreach (var op in operations)
        {
            table.Append($"{op.Name,-28}");
            foreach (var caller in callers)
            {
                var expected = op.AccountOnly ? caller.Account
                    : op.AuthorOnly ? caller.Name == "owner"
                    : caller.Scope >= op.Needs;
                var passed = await op.Run(caller);
                table.Append($"{(passed ? "ok" : "no") + (passed == expected ? string.Empty : "!"),-10}");
                if (passed != expected)
                {
                    mismatches.Add($"{op.Name} as {caller.Name}: {(passed ? "passed" : "refused")}, expected {(expected ? "to pass" : "a refusal")}");
                }
            }
            table.AppendLine();
        }
        output.WriteLine(table.ToString());
        Assert.Empty(mismatches);
    }

    private async Task<List<Caller>> CallersAsync(Guid clipId)
    {
        var baseAddress = fixture.Factory.BaseAddress;
        var view = await fixture.ShareAsync(ReviewScope.View);
        var comment = await fixture.ShareAsync(ReviewScope.Comment);
        var edit = await fixture.ShareAsync(ReviewScope.Edit);
        var revoked = await fixture.ShareAsync(ReviewScope.Edit);
        var expired = await fixture.ShareAsync(ReviewScope.Edit, hours: 1);
        var reviewerLink = await fixture.ShareAsync(ReviewScope.Comment);

        var revokedGuest = await ReviewClient.GuestAsync(baseAddress, revoked.Token, "Rex");
        var expiredGuest = await ReviewClient.GuestAsync(baseAddress, expired.Token, "Exa");
        (await fixture.Owner.Http.DeleteAsync(ReviewRoutes.Share(clipId, revoked.Link.Id))).EnsureSuccessStatusCode();
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().ShareLinks.Where(l => l.Id == expired.Link.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var other = await Testing.TestUser.RegisterAsync(baseAddress);
        var reviewer = await Testing.TestUser.RegisterAsync(baseAddress);
        var reviewerClient = ReviewClient.For(reviewer, "reviewer");
        (await reviewerClient.RedeemAsync(reviewerLink.Token, "ignored for accounts")).EnsureSuccessStatusCode();

        return
        [
            new("anonymous", ReviewScope.None, ReviewClient.Anonymous(baseAddress), false),
            new("view", ReviewScope.View, await ReviewClient.GuestAsync(baseAddress, view.Token, "Vic"), false),
            new("comment", ReviewScope.Comment, await ReviewClient.GuestAsync(baseAddress, comment.Token, "Cam"), false),
            new("edit", ReviewScope.Edit, await ReviewClient.GuestAsync(baseAddress, edit.Token, "Eda"), false),
            new("revoked", ReviewScope.None, revokedGuest, false),
            new("expired", ReviewScope.None, expiredGuest, false),
            new("other", ReviewScope.None, ReviewClient.For(other, "other"), true),
            new("reviewer", ReviewScope.Comment, reviewerClient, true),
            new("admin", ReviewScope.Manage, ReviewClient.For(fixture.Admin, "admin"), true),
            new("owner", ReviewScope.Manage, ReviewClient.For(fixture.Owner, "owner"), true),
        ];
    }

    private static async Task<bool> Http(Caller caller, HttpMethod method, string route, object? body = null)
    {
        using var request = new HttpRequestMessage(method, route);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        using var response = await caller.Client.Http.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            return true;
        }
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"{method} {route} as {caller.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return false;
    }

    /// <summary>Runs a hub call on a fresh connection (joining the room first when asked); false when the hub refused.</summary>
    private static async Task<bool> Hub(Caller caller, Guid clipId, bool join, Func<HubConnection, Task> call)
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(caller.Client.BaseAddress, ReviewHubContract.Route), o => o.Cookies = caller.Client.Cookies)
            .Build();
        await connection.StartAsync();
        try
        {
            if (join)
            {
                try
                {
                    await connection.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, clipId);
                }
                catch (HubException)
                {
                    // Refused callers still try the method itself: it must refuse on its own.
                }
            }
            await call(connection);
            return true;
        }
        catch (HubException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or IOException && connection.State != HubConnectionState.Connected)
        {
            // A revoked or expired link's connection is closed by the server after being told why.
            return false;
        }
    }
}
