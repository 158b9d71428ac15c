namespace WebAttention.Client.Services.Uploads;

/// <summary>An upload that was started in this browser and may be resumed.</summary>
/// <param name="UploadId">Server session id.</param>
/// <param name="FileName">File name when it was started.</param>
/// <param name="Size">File length in bytes.</param>
/// <param name="LastModified">File modification time, Unix milliseconds.</param>
public sealed record PendingUpload(Guid UploadId, string FileName, long Size, long LastModified);

/// <summary>Remembers unfinished uploads across page reloads.</summary>
public interface IUploadResumeStore
{
    /// <summary>The pending upload of the file with this identity, if any.</summary>
    Task<PendingUpload?> FindAsync(string fileName, long size, long lastModified, CancellationToken cancellationToken);

    /// <summary>Remembers <paramref name="upload"/> (replacing one for the same file).</summary>
    Task SaveAsync(PendingUpload upload, CancellationToken cancellationToken);

    /// <summary>Forgets the upload with this id.</summary>
    Task RemoveAsync(Guid uploadId, CancellationToken cancellationToken);
}
