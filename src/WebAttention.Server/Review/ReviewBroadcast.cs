using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>Sends REST-side changes to a clip's room, and drops the connections of a revoked link.</summary>
public sealed class ReviewBroadcast(IHubContext<ReviewHub, IReviewClient> hub, ReviewRooms rooms, ILogger<ReviewBroadcast> logger)
{
    public Task CommentAsync(CommentView comment) =>
        hub.Clients.Group(ReviewRooms.Group(comment.ClipId)).CommentChanged(comment);

    public Task ApprovalAsync(ApprovalView approval) =>
        hub.Clients.Group(ReviewRooms.Group(approval.ClipId)).ApprovalAdded(approval);

    /// <summary>Tells every connection of the link why, then closes it; the room sees them go.</summary>
    public async Task DropLinkAsync(Guid clipId, Guid linkId, string reason)
    {
        var dropped = rooms.ConnectionsOf(linkId);
        foreach (var context in dropped)
        {
            await hub.Clients.Client(context.ConnectionId).AccessRevoked(reason);
            rooms.Leave(context.ConnectionId);
            ReviewDisconnect.AbortAfterNotice(context);
        }
        if (dropped.Count > 0)
        {
            logger.LogInformation("Link {Link} revoked: dropped {Count} review connections", linkId, dropped.Count);
            await hub.Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(rooms.Members(clipId));
        }
    }
}
