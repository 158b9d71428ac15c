using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Uploads;

namespace WebAttention.Core.Hubs;

/// <summary>Messages the clips hub sends to browsers.</summary>
public interface IClipClient
{
    /// <summary>A chunk of an upload of this connection is durable.</summary>
    Task UploadAcknowledged(UploadAck ack);

    /// <summary>A job on a watched clip (or one of the user's clips) moved.</summary>
    Task JobProgressed(JobProgress progress);

    /// <summary>A clip of the user changed status.</summary>
    Task ClipChanged(ClipSummary clip);

    /// <summary>A crop path of a watched clip has a new revision (after a solve or someone's keyframe edit).</summary>
    Task CropPathChanged(Guid clipId, string aspect, int revision);
}
