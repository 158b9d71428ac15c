namespace WebAttention.Core.Hubs;

/// <summary>Route and method names of the clips hub (server methods; see ClipsHub on the server).</summary>
public static class ClipHubContract
{
    /// <summary>Hub route.</summary>
    public const string Route = "/hubs/clips";

    /// <summary>Payload bytes of one upload chunk.</summary>
    public const int ChunkBytes = 64 * 1024;

    /// <summary>Largest message the hub accepts (a chunk plus its envelope).</summary>
    public const int MaxMessageBytes = 128 * 1024;

    /// <summary>(BeginUploadRequest) → UploadSession.</summary>
    public const string BeginUpload = nameof(BeginUpload);

    /// <summary>(Guid uploadId) → UploadSession, to resume after a drop or reload.</summary>
    public const string ResumeUpload = nameof(ResumeUpload);

    /// <summary>(Guid uploadId, stream of UploadChunk): chunks are acknowledged by IClipClient.UploadAcknowledged.</summary>
    public const string UploadChunks = nameof(UploadChunks);

    /// <summary>(Guid uploadId, string sha256Hex) → UploadResult.</summary>
    public const string CompleteUpload = nameof(CompleteUpload);

    /// <summary>(Guid uploadId): discard an unfinished upload at once (its bytes and its record).</summary>
    public const string CancelUpload = nameof(CancelUpload);

    /// <summary>(Guid uploadId, long headLength, string sha256Hex) → bool: the picked file starts with the bytes held.</summary>
    public const string CheckUploadHead = nameof(CheckUploadHead);

    /// <summary>() → UploadSummary[]: the caller's unfinished uploads, to resume or discard.</summary>
    public const string ListUploads = nameof(ListUploads);

    /// <summary>(Guid clipId): receive JobProgressed for this clip.</summary>
    public const string WatchClip = nameof(WatchClip);
}
