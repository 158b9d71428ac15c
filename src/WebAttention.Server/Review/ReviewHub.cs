using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>
/// One room per clip: presence, presenter-led playback, live keyframe co-editing, and the fan-out of comments
/// and approvals (sent by the REST endpoints through <see cref="ReviewBroadcast"/>). Every method checks access
/// again (<see cref="ReviewAccess"/>), so a revoked or expired link stops working at its next call; revoking also
/// drops the link's connections at once.
/// </summary>
public sealed class ReviewHub(ReviewAccess access, ReviewRooms rooms, ReviewCoEditor coEditor, ReviewSessionLog sessions, ILogger<ReviewHub> logger) : Hub<IReviewClient>
{
    private const string GuestItem = ReviewGuest.ItemKey;

    /// <summary>
    /// Keeps the guest ticket read from the cookie of the connection's request (by the middleware of
    /// <see cref="ReviewServiceCollectionExtensions.MapReview"/>: once a WebSocket is open, no cookie handler may run).
    /// </summary>
    public override async Task OnConnectedAsync()
    {
        Context.Items[GuestItem] = Context.GetHttpContext()?.Items[ReviewGuest.ItemKey] as GuestTicket;
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        var presented = rooms.PresenterSeconds(Context.ConnectionId);
        var left = rooms.Leave(Context.ConnectionId);
        // The connection is gone (its token cancelled), but its stay still ends.
        await sessions.EndAsync(Context.ConnectionId, presented, CancellationToken.None);
        if (left is { } clip)
        {
            await Clients.Group(ReviewRooms.Group(clip)).PresenceChanged(rooms.Members(clip));
        }
        await base.OnDisconnectedAsync(exception);
    }

    public async Task<RoomSnapshot> Join(Guid clipId)
    {
        var actor = await AuthorizeAsync(clipId, ReviewScope.View, mustBeIn: false);
        await sessions.EndAsync(Context.ConnectionId, rooms.PresenterSeconds(Context.ConnectionId), Context.ConnectionAborted);
        var joined = rooms.Join(Context, actor);
        await sessions.StartAsync(actor, Context.ConnectionId, Context.ConnectionAborted);
        if (joined is { } left)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, ReviewRooms.Group(left));
            await Clients.Group(ReviewRooms.Group(left)).PresenceChanged(rooms.Members(left));
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, ReviewRooms.Group(clipId));
        var members = rooms.Members(clipId);
        await Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(members);
        return new RoomSnapshot(actor.Identity, members, rooms.Playback(clipId), rooms.NowMs);
    }

    public async Task Leave(Guid clipId)
    {
        await AuthorizeAsync(clipId, ReviewScope.View);
        var presented = rooms.PresenterSeconds(Context.ConnectionId);
        rooms.Leave(Context.ConnectionId);
        await sessions.EndAsync(Context.ConnectionId, presented, Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ReviewRooms.Group(clipId));
        await Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(rooms.Members(clipId));
    }

    public async Task UpdatePresence(Guid clipId, PresenceUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var actor = await AuthorizeAsync(clipId, ReviewScope.View);
        rooms.Update(Context.ConnectionId, actor, update);
        await Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(rooms.Members(clipId));
    }

    public async Task<PlaybackState> TakePresenter(Guid clipId)
    {
        var actor = await AuthorizeAsync(clipId, ReviewScope.Comment);
        var state = rooms.TakePresenter(clipId, Context.ConnectionId, actor);
        await Clients.OthersInGroup(ReviewRooms.Group(clipId)).PlaybackChanged(state);
        await Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(rooms.Members(clipId));
        return state;
    }

    public async Task<PlaybackState> Playback(Guid clipId, PlaybackCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await AuthorizeAsync(clipId, ReviewScope.Comment);
        if (!double.IsFinite(command.Position) || command.Position < 0 || !double.IsFinite(command.Rate) || command.Rate is <= 0 or > 4)
        {
            throw new HubException("Position must be a time ≥ 0 s and rate between 0 and 4.");
        }
        var state = rooms.Apply(clipId, Context.ConnectionId, command)
            ?? throw new HubException("Only the presenter leads playback: take over as presenter first.");
        await Clients.OthersInGroup(ReviewRooms.Group(clipId)).PlaybackChanged(state);
        return state;
    }

    public async Task<CropPathEdited> EditKeyframe(Guid clipId, KeyframeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var actor = await AuthorizeAsync(clipId, ReviewScope.Edit);
        var outcome = await coEditor.ApplyAsync(actor, Context.ConnectionId, change, Context.ConnectionAborted);
        await Clients.Group(ReviewRooms.Group(clipId)).CropPathEdited(outcome.Edited);
        if (outcome.Loser is { } loser && loser != Context.ConnectionId)
        {
            await Clients.Client(loser).KeyframeOverwritten(outcome.Notice!);
        }
        return outcome.Edited;
    }

    private async Task<ReviewActor> AuthorizeAsync(Guid clipId, ReviewScope required, bool mustBeIn = true)
    {
        var guest = Context.Items.TryGetValue(GuestItem, out var value) ? value as GuestTicket : null;
        var check = await access.CheckAsync(Context.User, guest, clipId, required, Context.ConnectionAborted);
        if (check.Denial == ReviewDenial.Revoked)
        {
            logger.LogInformation("Review connection {Connection} refused: {Reason}", Context.ConnectionId, check.Message);
            await Clients.Caller.AccessRevoked(check.Message);
            ReviewDisconnect.AbortAfterNotice(Context);
        }
        if (check.Actor is not { } actor)
        {
            throw new HubException(check.Denial == ReviewDenial.NotFound ? "No such clip." : check.Message);
        }
        if (mustBeIn && !rooms.IsIn(Context.ConnectionId, clipId))
        {
            throw new HubException("Join the clip's room first.");
        }
        return actor;
    }
}
