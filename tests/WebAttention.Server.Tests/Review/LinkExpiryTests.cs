using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Review;
using WebAttention.Data;

namespace WebAttention.Server.Tests.Review;

/// <summary>A link that expires while its guests sit in the room drops them then, not only at their next call.</summary>
public sealed class LinkExpiryTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task Guests_of_a_link_that_expires_are_dropped_without_calling_anything_and_others_stay()
    {
        var clipId = await fixture.AddClipAsync(fixture.Owner.Info.Id);
        var expiring = await fixture.ShareAsync(ReviewScope.Comment, hours: 24, clipId: clipId);
        var lasting = await fixture.ShareAsync(ReviewScope.View, clipId: clipId);
        await using var owner = ReviewClient.For(fixture.Owner, "owner");
        await using var ann = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, expiring.Token, "Ann");
        await using var bob = await ReviewClient.GuestAsync(fixture.Factory.BaseAddress, lasting.Token, "Bob");
        foreach (var client in new[] { owner, ann, bob })
        {
            await client.ConnectAsync();
            await client.JoinAsync(clipId);
        }
        await ReviewClient.WaitUntilAsync(() => owner.Presence.LastOrDefault()?.Count == 3, "three in the room");

        // The link's expiry passes (written as the clock would reach it); Ann makes no call after this.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var past = DateTime.UtcNow.AddMinutes(-1);
            await db.ShareLinks.Where(l => l.Id == expiring.Link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past));
        }

        await ann.Closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(ann.Revoked, r => r.Contains("expired", StringComparison.Ordinal));
        await ReviewClient.WaitUntilAsync(() => owner.Presence.LastOrDefault()?.Select(m => m.DisplayName).Contains("Ann") == false, "the owner sees Ann go");
        Assert.Equal(2, owner.Presence.Last().Count);
        Assert.False(bob.Closed.Task.IsCompleted, "Bob's link did not expire: he stays.");
        Assert.Empty(bob.Revoked);
    }
}
