namespace WebAttention.Server.Storage;

/// <summary>
/// Where clip media lives for good. The local data folder (<see cref="MediaPaths"/>) is always the working copy
/// ffmpeg and the readers use; in scale-out mode (<c>Storage:Media=S3</c>) an object store is the truth and the
/// working copy a cache: workers pull a clip before a job and push its outputs after, web nodes pull what they
/// serve. Keys are derived from clip ids and relative paths only.
/// </summary>
public interface IMediaStore
{
    /// <summary>True when files live elsewhere than this node's data folder (other nodes see them only through the store).</summary>
    bool IsShared { get; }

    /// <summary>Stores <paramref name="localFile"/> as the clip file <paramref name="relative"/> (e.g. "source").</summary>
    Task PutFileAsync(Guid clipId, string relative, string localFile, CancellationToken cancellationToken);

    /// <summary>Brings the clip's stored files that are missing or newer into the local clip folder.</summary>
    Task PullClipAsync(Guid clipId, bool includeSource, CancellationToken cancellationToken);

    /// <summary>Stores the local clip folder's files that the store lacks or holds older.</summary>
    Task PushClipAsync(Guid clipId, CancellationToken cancellationToken);

    /// <summary>Removes every stored file of the clip.</summary>
    Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken);
}

/// <summary>The embedded default: the data folder is the store, so there is nothing to copy.</summary>
public sealed class LocalMediaStore : IMediaStore
{
    public bool IsShared => false;

    public Task PutFileAsync(Guid clipId, string relative, string localFile, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PullClipAsync(Guid clipId, bool includeSource, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PushClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.CompletedTask;
}
