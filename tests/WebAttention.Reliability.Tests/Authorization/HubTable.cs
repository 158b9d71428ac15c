using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Hubs;
using WebAttention.Core.Live;
using WebAttention.Core.Review;
using WebAttention.Core.Uploads;
using static WebAttention.Reliability.Tests.Authorization.AccessRule;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>A hub method's expected rule and a call of it with valid-shaped arguments (the owner's real ids).</summary>
/// <param name="JoinFirst">Review room calls: try to join the room first (a refused join still tries the call itself).</param>
public sealed record HubCase(AccessRule Rule, Func<MatrixContext, HubConnection, Task> Call, bool JoinFirst = false);

/// <summary>
/// THE expected-rule table of hub methods, keyed "Hub.Method" as reflection over the app's mapped hub types names
/// them. A public hub method missing here fails <c>Every_endpoint_and_hub_method_has_a_rule</c> with its name.
/// </summary>
public static class HubTable
{
    public static readonly IReadOnlyDictionary<string, HubCase> Methods = new Dictionary<string, HubCase>(StringComparer.Ordinal)
    {
        // Clips hub ([Authorize]: accounts only). Upload calls address the owner's upload; WatchClip the owner's clip.
        ["ClipsHub.BeginUpload"] = new(SignedIn, (_, h) => h.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest("matrix.mp4", 4096))),
        ["ClipsHub.ResumeUpload"] = new(UploadOwner, async (c, h) => await h.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, await c.FreshOwnerUploadAsync())),
        ["ClipsHub.UploadChunks"] = new(UploadOwner, async (c, h) =>
        {
            var id = await c.FreshOwnerUploadAsync();
            var chunks = Channel.CreateUnbounded<UploadChunk>();
            chunks.Writer.Complete();
            await h.InvokeAsync(ClipHubContract.UploadChunks, id, chunks.Reader);
            // An empty stream writes nothing: ask for the durable length to learn whether the server let the caller at it.
            await h.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, id);
        }),
        ["ClipsHub.CheckUploadHead"] = new(UploadOwner, async (c, h) => await h.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, await c.FreshOwnerUploadAsync(), 0L, new string('0', 64))),
        ["ClipsHub.ListUploads"] = new(SignedIn, (_, h) => h.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads)),
        ["ClipsHub.CompleteUpload"] = new(UploadOwner, async (c, h) => await h.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, await c.FreshOwnerUploadAsync(), new string('0', 64))),
        ["ClipsHub.CancelUpload"] = new(UploadOwner, async (c, h) => await h.InvokeAsync(ClipHubContract.CancelUpload, await c.FreshOwnerUploadAsync())),
        ["ClipsHub.WatchClip"] = new(OwnerOrAdmin, (c, h) => h.InvokeAsync(ClipHubContract.WatchClip, c.World.ClipA)),

        // Live hub ([Authorize]): one session with no frames.
        ["LiveHub.Analyse"] = new(SignedIn, async (_, h) =>
        {
            var frames = Channel.CreateUnbounded<LiveFrame>();
            frames.Writer.Complete();
            var results = 0;
            await foreach (var result in h.StreamAsync<LiveFrameResult>(LiveHubContract.Analyse, new LiveSessionRequest(AuthzWorld.Aspect), frames.Reader))
            {
                results++;
            }
        }),

        // Review hub (anyone connects; every method checks ReviewAccess on the clip).
        ["ReviewHub.Join"] = new(ReviewAt(ReviewScope.View), (c, h) => h.InvokeAsync<RoomSnapshot>(ReviewHubContract.Join, c.World.ClipA)),
        ["ReviewHub.Leave"] = new(ReviewAt(ReviewScope.View), (c, h) => h.InvokeAsync(ReviewHubContract.Leave, c.World.ClipA), JoinFirst: true),
        ["ReviewHub.UpdatePresence"] = new(ReviewAt(ReviewScope.View), (c, h) => h.InvokeAsync(ReviewHubContract.UpdatePresence, c.World.ClipA, new PresenceUpdate(1.5, true, false)), JoinFirst: true),
        ["ReviewHub.TakePresenter"] = new(ReviewAt(ReviewScope.Comment), (c, h) => h.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, c.World.ClipA), JoinFirst: true),
        ["ReviewHub.Playback"] = new(ReviewAt(ReviewScope.Comment), async (c, h) =>
        {
            try
            {
                await h.InvokeAsync<PlaybackState>(ReviewHubContract.TakePresenter, c.World.ClipA);
            }
            catch (Microsoft.AspNetCore.SignalR.HubException)
            {
                // A refused caller still tries to lead playback: that must be refused on its own.
            }
            await h.InvokeAsync<PlaybackState>(ReviewHubContract.Playback, c.World.ClipA, new PlaybackCommand(true, 0.5, 1));
        }, JoinFirst: true),
        ["ReviewHub.EditKeyframe"] = new(ReviewAt(ReviewScope.Edit), async (c, h) =>
            await h.InvokeAsync<CropPathEdited>(ReviewHubContract.EditKeyframe, c.World.ClipA,
                new KeyframeChange(AuthzWorld.Aspect, await c.World.LatestRevisionAsync(c.World.ClipA), 25, 160, 90)), JoinFirst: true),
    };

    /// <summary>Route and whether the hub speaks MessagePack (the clips and live hubs do; the review room is JSON in the browser).</summary>
    public static (string Route, bool MessagePack) Endpoint(string hub) => hub switch
    {
        "ClipsHub" => (ClipHubContract.Route, true),
        "LiveHub" => (LiveHubContract.Route, true),
        "ReviewHub" => (ReviewHubContract.Route, false),
        _ => throw new InvalidOperationException($"No route for hub {hub}: add it to HubTable.Endpoint."),
    };
}
