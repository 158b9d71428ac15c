using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Review;
using WebAttention.Server.Review;

namespace WebAttention.Server.Tests.Review;

/// <summary>
/// Presenter time of a stay (the ReviewSessions column), counted by <see cref="ReviewRooms"/> on its clock: a fake
/// clock here, so the seconds are exact. The hub's connection context cannot be made outside a hub, so a minimal one
/// stands in for it.
/// </summary>
public sealed class PresenterTimeTests
{
    private static readonly Guid Clip = Guid.NewGuid();

    [Fact]
    public void Presenting_counts_from_taking_over_until_someone_else_takes_over_or_the_member_leaves()
    {
        var clock = new StepClock();
        var rooms = new ReviewRooms(clock);
        rooms.Join(new Connection("a"), Actor("g:ann"));
        rooms.Join(new Connection("b"), Actor("u:owner"));

        rooms.TakePresenter(Clip, "a", Actor("g:ann"));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(10, rooms.PresenterSeconds("a"));

        rooms.TakePresenter(Clip, "b", Actor("u:owner"));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal((10.0, 5.0), (rooms.PresenterSeconds("a"), rooms.PresenterSeconds("b")));

        // Taking over again while presenting does not restart the count; leaving stops it.
        rooms.TakePresenter(Clip, "b", Actor("u:owner"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(6, rooms.PresenterSeconds("b"));
        rooms.Leave("b");
        Assert.Equal(0, rooms.PresenterSeconds("b"));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(10, rooms.PresenterSeconds("a"));
    }

    private static ReviewActor Actor(string key) => new(Clip, "take.mp4", "owner", key, key, ReviewScope.Comment, null, null);

    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 4, 17, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class Connection(string id) : HubCallerContext
    {
        public override string ConnectionId => id;
        public override string? UserIdentifier => null;
        public override ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }
}
