using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>Sends REST-side changes to a clip's room, and drops the connections of a revoked link.</summary>
public sealed class ReviewBroadcast(IHubContext<ReviewHub, IReviewClient> hub, ReviewRooms rooms, ReviewSessionLog sessions, ILogger<ReviewBroadcast> logger)
{
    public Task CommentAsync(CommentView comment) =>
        hub.Clients.Group(ReviewRooms.Group(comment.ClipId)).CommentChanged(comment);

    /// <summary>
    /// Tells the room's members named in the comment's mentions (by display name, as the mentions were parsed),
    /// except the author, that they were mentioned. Members not in the room now see the mention in the list later.
    /// </summary>
    public async Task MentionsAsync(CommentView comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (comment.Mentions.Count == 0 || comment.Deleted)
        {
            return;
        }
        var named = new HashSet<string>(comment.Mentions, StringComparer.OrdinalIgnoreCase);
        var connections = rooms.Members(comment.ClipId)
            .Where(m => named.Contains(m.DisplayName) && m.ActorKey != comment.AuthorKey)
            .Select(m => m.ConnectionId)
            .ToList();
        if (connections.Count > 0)
        {
            await hub.Clients.Clients(connections).Mentioned(new MentionNotice(comment.ClipId, comment.Id, comment.FirstFrame, comment.AuthorName, comment.Body));
        }
    }

    public Task ApprovalAsync(ApprovalView approval) =>
        hub.Clients.Group(ReviewRooms.Group(approval.ClipId)).ApprovalAdded(approval);

    /// <summary>Tells every connection of the link why, then closes it; the room sees them go.</summary>
    public async Task DropLinkAsync(Guid clipId, Guid linkId, string reason)
    {
        var dropped = rooms.ConnectionsOf(linkId);
        foreach (var context in dropped)
        {
            await hub.Clients.Client(context.ConnectionId).AccessRevoked(reason);
            var presented = rooms.PresenterSeconds(context.ConnectionId);
            rooms.Leave(context.ConnectionId);
            await sessions.EndAsync(context.ConnectionId, presented, CancellationToken.None);
            ReviewDisconnect.AbortAfterNotice(context);
        }
        if (dropped.Count > 0)
        {
            logger.LogInformation("Link {Link} revoked: dropped {Count} review connections", linkId, dropped.Count);
            await hub.Clients.Group(ReviewRooms.Group(clipId)).PresenceChanged(rooms.Members(clipId));
        }
    }
}
