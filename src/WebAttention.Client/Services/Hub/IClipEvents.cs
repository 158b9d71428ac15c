using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Services.Hub;

/// <summary>Live clip and job updates pushed by the clips hub.</summary>
public interface IClipEvents
{
    /// <summary>Calls <paramref name="handler"/> for every job progress message until disposed.</summary>
    IDisposable OnJobProgressed(Func<JobProgress, Task> handler);

    /// <summary>Calls <paramref name="handler"/> for every clip change until disposed.</summary>
    IDisposable OnClipChanged(Func<ClipSummary, Task> handler);

    /// <summary>Calls <paramref name="handler"/> whenever a crop path of a watched clip gets a new revision, until disposed.</summary>
    IDisposable OnCropPathChanged(Func<CropPathChange, Task> handler);

    /// <summary>Asks for progress of <paramref name="clipId"/>; repeated after reconnects.</summary>
    Task WatchClipAsync(Guid clipId, CancellationToken cancellationToken);
}

/// <summary>A crop path of <paramref name="ClipId"/> reached <paramref name="Revision"/> (a solve or someone's edit).</summary>
public sealed record CropPathChange(Guid ClipId, string Aspect, int Revision);
