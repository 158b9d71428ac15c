using WebAttention.Core.Uploads;

namespace WebAttention.Client.Services.Uploads;

/// <summary>Uploads a clip, resuming where a previous attempt (or page) left off.</summary>
public interface IUploadService
{
    /// <summary>
    /// Uploads <paramref name="source"/>. Cancelling pauses: the server session and the local record stay,
    /// so choosing the same file again resumes; call <see cref="DiscardAsync"/> to drop it.
    /// </summary>
    /// <returns>The server's verdict: a clip id, or an error message.</returns>
    Task<UploadResult> UploadAsync(IUploadSource source, IProgress<UploadProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Discards an unfinished upload on the server and forgets it locally.</summary>
    Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken);
}
