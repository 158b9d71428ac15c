using MessagePack;

namespace WebAttention.Core.Uploads;

/// <summary>Start an upload. The file name is only a display title; it never reaches the file system.</summary>
public sealed record BeginUploadRequest(string FileName, long Length);

/// <summary>An upload the server knows, and how much of it is durable.</summary>
/// <param name="AcknowledgedOffset">Bytes written and flushed to disk; resume from here.</param>
/// <param name="ChunkBytes">Largest chunk payload the server accepts.</param>
public sealed record UploadSession(Guid UploadId, long Length, long AcknowledgedOffset, int ChunkBytes);

/// <summary>One piece of a file at <paramref name="Offset"/>, with its Adler-32 checksum.</summary>
public sealed record UploadChunk(long Offset, byte[] Data, uint Checksum);

/// <summary>Sent to the uploader after a chunk is durable.</summary>
public sealed record UploadAck(Guid UploadId, long AcknowledgedOffset);

/// <summary>An unfinished upload of the signed-in user, as the library lists it.</summary>
/// <param name="UploadId">Server session id.</param>
/// <param name="FileName">Name of the file when the upload started.</param>
/// <param name="Length">File length in bytes.</param>
/// <param name="ReceivedBytes">Bytes the server holds durably; a resume continues from here.</param>
/// <param name="StartedAt">When the upload started (UTC).</param>
public sealed record UploadSummary(Guid UploadId, string FileName, long Length, long ReceivedBytes, DateTime StartedAt);

/// <summary>How an upload ended: a clip id, or a message saying what was wrong.</summary>
public sealed record UploadResult(Guid? ClipId, string? Error)
{
    /// <summary>True when a clip was created.</summary>
    [IgnoreMember]
    public bool Succeeded => ClipId is not null;
}
