using Microsoft.AspNetCore.SignalR;

namespace WebAttention.Server.Review;

/// <summary>Closing a review connection whose access ended, after it was told why.</summary>
internal static class ReviewDisconnect
{
    /// <summary>How long the "access revoked" notice gets to leave before the socket closes.</summary>
    public static readonly TimeSpan NoticeGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Closes <paramref name="connection"/> once the notice just sent has had time to reach the wire: a send completes
    /// when the message is queued, and an immediate abort can drop it, so the user would be cut off without the reason.
    /// The connection has already left its room and every call checks the link, so the grace grants nothing.
    /// </summary>
    public static void AbortAfterNotice(HubCallerContext connection) =>
        _ = Task.Delay(NoticeGrace).ContinueWith(_ => connection.Abort(), TaskScheduler.Default);
}
