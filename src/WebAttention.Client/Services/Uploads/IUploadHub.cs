using WebAttention.Core.Uploads;

namespace WebAttention.Client.Services.Uploads;

/// <summary>The upload side of the clips hub, as the uploader needs it (fakeable without a browser).</summary>
public interface IUploadHub
{
    /// <summary>Starts an upload session.</summary>
    Task<UploadSession> BeginUploadAsync(BeginUploadRequest request, CancellationToken cancellationToken);

    /// <summary>Looks up an existing session; null when the server does not know it (expired or finished).</summary>
    Task<UploadSession?> ResumeUploadAsync(Guid uploadId, CancellationToken cancellationToken);

    /// <summary>Streams chunks to the server; completes when the server has consumed the stream.</summary>
    Task UploadChunksAsync(Guid uploadId, IAsyncEnumerable<UploadChunk> chunks, CancellationToken cancellationToken);

    /// <summary>Finishes an upload once every byte is durable.</summary>
    Task<UploadResult> CompleteUploadAsync(Guid uploadId, string sha256Hex, CancellationToken cancellationToken);

    /// <summary>Discards an unfinished upload.</summary>
    Task CancelUploadAsync(Guid uploadId, CancellationToken cancellationToken);

    /// <summary>The user's unfinished uploads (interrupted by a reload, a closed tab or a lost connection).</summary>
    Task<UploadSummary[]> ListUploadsAsync(CancellationToken cancellationToken);

    /// <summary>True when the first <paramref name="headLength"/> bytes the server holds have this SHA-256.</summary>
    Task<bool> CheckUploadHeadAsync(Guid uploadId, long headLength, string sha256Hex, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="handler"/> for every acknowledgement until the subscription is disposed.</summary>
    IDisposable OnUploadAcknowledged(Action<UploadAck> handler);

    /// <summary>Calls <paramref name="handler"/> when the connection drops, until the subscription is disposed.</summary>
    IDisposable OnConnectionLost(Action handler);

    /// <summary>Completes when the connection is up (starting it if needed).</summary>
    Task WaitUntilConnectedAsync(CancellationToken cancellationToken);
}
