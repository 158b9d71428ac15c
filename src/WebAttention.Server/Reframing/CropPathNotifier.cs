using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Hubs;
using WebAttention.Server.Hubs;

namespace WebAttention.Server.Reframing;

/// <summary>Tells a clip's watchers and its owner that a crop path has a new revision.</summary>
public sealed class CropPathNotifier(IHubContext<ClipsHub, IClipClient> hub)
{
    /// <summary>Sends <see cref="IClipClient.CropPathChanged"/> to the clip group and the owner's connections.</summary>
    public async Task ChangedAsync(Guid clipId, string ownerId, string aspect, int revision)
    {
        await hub.Clients.Group(ClipsHub.ClipGroup(clipId)).CropPathChanged(clipId, aspect, revision);
        await hub.Clients.User(ownerId).CropPathChanged(clipId, aspect, revision);
    }
}
