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

    /// <summary>
    /// Continues the interrupted upload <paramref name="interrupted"/> with <paramref name="source"/>, which must be
    /// the same file: same size and the same first bytes as those on the server (a renamed copy is fine). Another
    /// file is refused with a message naming both, and nothing is sent.
    /// </summary>
    Task<UploadResult> ResumeAsync(IUploadSource source, UploadSummary interrupted, IProgress<UploadProgress>? progress, CancellationToken cancellationToken);

    /// <summary>The user's unfinished uploads, newest first.</summary>
    Task<IReadOnlyList<UploadSummary>> ListInterruptedAsync(CancellationToken cancellationToken);

    /// <summary>Discards an unfinished upload on the server and forgets it locally.</summary>
    Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken);
}
