using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Media;
using WebAttention.Core.Uploads;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Media.Probing;
using WebAttention.Server.Jobs;
using WebAttention.Server.Options;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Uploads;

/// <summary>
/// Resumable uploads. Bytes go to a part file named by the upload id; the part file's length is the
/// durable offset. Chunks must arrive in order with a valid Adler-32; they are acknowledged only
/// after an fsync. Completion checks the SHA-256, probes the file (never trusting its name) and turns it into a clip and an
/// analysis job, or deletes everything and says why.
/// </summary>
public sealed class UploadStore(
    AppDbContext db,
    MediaPaths paths,
    IVideoProbe probe,
    JobScheduler jobs,
    IMediaStore media,
    IOptions<UploadOptions> options,
    ILogger<UploadStore> logger)
{
    // One writer per upload, across connections (a resumed connection may race the dying one).
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Gates = new();

    public async Task<UploadSession> BeginAsync(string ownerId, BeginUploadRequest request, CancellationToken cancellationToken)
    {
        if (request.Length <= 0)
        {
            throw new UploadException("The file is empty.");
        }
        if (request.Length > options.Value.MaxBytes)
        {
            throw new UploadException($"The file is {Megabytes(request.Length)}; the limit is {Megabytes(options.Value.MaxBytes)}.");
        }
        var open = await db.Uploads.CountAsync(u => u.OwnerId == ownerId, cancellationToken);
        if (open >= options.Value.MaxOpenUploadsPerUser)
        {
            throw new UploadException($"You have {open} unfinished uploads; finish or cancel one first.");
        }
        var upload = new Upload
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            FileName = DisplayTitle.From(request.FileName),
            Length = request.Length,
        };
        await File.WriteAllBytesAsync(paths.UploadPart(upload.Id), [], cancellationToken);
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Upload {UploadId} started: {Length} bytes", upload.Id, upload.Length);
        return Session(upload, 0);
    }

    public async Task<UploadSession> ResumeAsync(string ownerId, Guid uploadId, CancellationToken cancellationToken)
    {
        var upload = await FindAsync(ownerId, uploadId, cancellationToken);
        return Session(upload, DurableLength(upload.Id));
    }

    /// <summary>
    /// Appends a stream of chunks; <paramref name="acknowledge"/> is called with the durable offset after each fsync.
    /// The store fsyncs and acknowledges every <c>DurableEveryBytes</c>, and also whenever it has caught up with
    /// the link (no further chunk is waiting): on a slow link every chunk is acknowledged as soon as it is
    /// durable, so the sender's progress follows the bytes that arrived; on a fast one fsyncs are batched.
    /// </summary>
    public async Task ReceiveAsync(
        string ownerId,
        Guid uploadId,
        IAsyncEnumerable<UploadChunk> chunks,
        Func<long, Task> acknowledge,
        CancellationToken cancellationToken)
    {
        var upload = await FindAsync(ownerId, uploadId, cancellationToken);
        var gate = Gates.GetOrAdd(uploadId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Open, never create: a discard that won the race leaves nothing to write to.
            await using var file = OpenPartForAppend(uploadId);
            var unsynced = 0L;
            try
            {
                // Not cancelled by the connection: chunks that already arrived are kept when it drops,
                // and the stream ends by itself (with an error) once the buffered ones are read.
                await using var next = chunks.GetAsyncEnumerator(CancellationToken.None);
                while (true)
                {
                    var moved = next.MoveNextAsync();
                    if (!moved.IsCompleted && unsynced > 0)
                    {
                        unsynced = 0;
                        await MakeDurableAsync(file, acknowledge);
                    }
                    if (!await moved)
                    {
                        break;
                    }
                    var chunk = next.Current;
                    ValidateChunk(upload, file.Position, chunk);
                    await file.WriteAsync(chunk.Data, CancellationToken.None);
                    unsynced += chunk.Data.Length;
                    if (unsynced >= options.Value.DurableEveryBytes || file.Position == upload.Length)
                    {
                        unsynced = 0;
                        await MakeDurableAsync(file, acknowledge);
                    }
                }
            }
            finally
            {
                // Whatever was written and validated stays; make it durable for the resume.
                file.Flush(flushToDisk: true);
                await RecordReceivedAsync(upload, file.Position);
            }
            if (unsynced > 0)
            {
                await acknowledge(file.Position);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// True when the first <paramref name="headLength"/> bytes held for the upload (at most what is durable) have
    /// the SHA-256 <paramref name="sha256Hex"/>: the file picked to resume it is the one it started with.
    /// </summary>
    public async Task<bool> HeadMatchesAsync(string ownerId, Guid uploadId, long headLength, string sha256Hex, CancellationToken cancellationToken)
    {
        await FindAsync(ownerId, uploadId, cancellationToken);
        if (headLength < 0 || headLength > DurableLength(uploadId))
        {
            throw new UploadException($"Only {DurableLength(uploadId):N0} bytes of this upload are on the server.");
        }
        await using var stream = new FileStream(paths.UploadPart(uploadId), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var left = headLength;
        while (left > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken);
            if (read == 0)
            {
                return false;
            }
            hash.AppendData(buffer, 0, read);
            left -= read;
        }
        return string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha256Hex?.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The owner's unfinished uploads, newest first, with the bytes the server holds durably.</summary>
    public async Task<UploadSummary[]> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var open = await db.Uploads.AsNoTracking().Where(u => u.OwnerId == ownerId).ToListAsync(cancellationToken);
        return [.. open
            .Where(u => File.Exists(paths.UploadPart(u.Id)))
            .OrderByDescending(u => u.CreatedAt)
            .Select(u => new UploadSummary(u.Id, u.FileName, u.Length, DurableLength(u.Id), DateTime.SpecifyKind(u.CreatedAt, DateTimeKind.Utc)))];
    }

    /// <summary>Verifies and turns a complete upload into a clip with a queued analysis job.</summary>
    public async Task<UploadResult> CompleteAsync(string ownerId, Guid uploadId, string sha256Hex, CancellationToken cancellationToken)
    {
        var upload = await FindAsync(ownerId, uploadId, cancellationToken);
        var part = paths.UploadPart(uploadId);
        var length = DurableLength(uploadId);
        if (length != upload.Length)
        {
            return new UploadResult(null, $"Only {length} of {upload.Length} bytes have arrived; resume the upload.");
        }
        var actual = await HashAsync(part, cancellationToken);
        if (!string.Equals(actual, sha256Hex?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            await DiscardAsync(upload, cancellationToken);
            return new UploadResult(null, "The file arrived damaged (its SHA-256 does not match); please upload it again.");
        }
        var verdict = await probe.ProbeAsync(part, cancellationToken);
        if (!verdict.IsAccepted)
        {
            await DiscardAsync(upload, cancellationToken);
            return new UploadResult(null, verdict.Message);
        }
        var clip = await AddClipAsync(ownerId, upload.FileName, part, length, actual, verdict.Info, cancellationToken);
        db.Uploads.Remove(upload);
        await db.SaveChangesAsync(CancellationToken.None);
        await jobs.DispatchAsync(db, CancellationToken.None);
        logger.LogInformation("Upload {UploadId} became clip {ClipId} ({Width}x{Height}, {Frames} frames)", uploadId, clip.Id, clip.Width, clip.Height, clip.FrameCount);
        return new UploadResult(clip.Id, null);
    }

    /// <summary>
    /// Turns a video the server made itself (a recorded live session) into a clip of <paramref name="ownerId"/> with a queued
    /// analysis job, as a completed upload is; the file is moved into the clip's folder. Refused (file left alone) when the
    /// probe refuses it.
    /// </summary>
    public async Task<UploadResult> AdoptAsync(string ownerId, string title, string file, CancellationToken cancellationToken)
    {
        var verdict = await probe.ProbeAsync(file, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return new UploadResult(null, verdict.Message);
        }

        var clip = await AddClipAsync(ownerId, title, file, new FileInfo(file).Length, await HashAsync(file, cancellationToken), verdict.Info, cancellationToken);
        await db.SaveChangesAsync(CancellationToken.None);
        await jobs.DispatchAsync(db, CancellationToken.None);
        logger.LogInformation("Recording became clip {ClipId} ({Width}x{Height}, {Frames} frames)", clip.Id, clip.Width, clip.Height, clip.FrameCount);
        return new UploadResult(clip.Id, null);
    }

    // The clip row (queued) and its analysis job, with the source moved into the clip's folder; saved by the caller.
    private async Task<Clip> AddClipAsync(string ownerId, string title, string source, long length, string sha256, VideoInfo info, CancellationToken cancellationToken)
    {
        var clip = new Clip
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            Title = title,
            Status = ClipStatus.Queued,
            SizeBytes = length,
            Sha256 = sha256,
            DurationSeconds = info.Duration.TotalSeconds,
            Width = info.Width,
            Height = info.Height,
            FrameRate = info.FrameRate,
            FrameCount = info.FrameCount,
            Codec = info.Codec,
            HasAudio = info.HasAudio,
        };
        // Shared store first (scale-out): a worker on another node must find the source once the job is committed.
        // If the store refuses, the file and the upload row stay, so completing again loses nothing.
        await media.PutFileAsync(clip.Id, MediaSyncPlan.Source, source, cancellationToken);
        Directory.CreateDirectory(paths.ClipFolder(clip.Id));
        File.Move(source, paths.Source(clip.Id));
        db.Clips.Add(clip);
        jobs.Add(db, JobKinds.Analyse, clip.Id, JobKinds.GpuQueue);
        return clip;
    }

    /// <summary>
    /// Discards an unfinished upload at once: its part file and its row. A stream still writing to it (the
    /// cancelled one, not yet noticed by the server) ends first, so nothing is written after the delete.
    /// </summary>
    public async Task CancelAsync(string ownerId, Guid uploadId, CancellationToken cancellationToken)
    {
        var upload = await FindAsync(ownerId, uploadId, cancellationToken);
        var gate = Gates.GetOrAdd(uploadId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await DiscardAsync(upload, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Deletes uploads nobody touched for <c>AbandonAfterHours</c>, with their bytes (not one a stream is writing to now),
    /// and part files as old that have no upload row (a crash between creating the file and saving the row).
    /// </summary>
    public async Task<int> RemoveAbandonedAsync(CancellationToken cancellationToken)
    {
        var cutoff = DateTime.UtcNow.AddHours(-options.Value.AbandonAfterHours);
        var stale = await db.Uploads.Where(u => u.UpdatedAt < cutoff).ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var upload in stale.Where(u => !IsReceiving(u.Id)))
        {
            await DiscardAsync(upload, cancellationToken);
            removed++;
        }
        var known = (await db.Uploads.AsNoTracking().Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var part in Directory.EnumerateFiles(paths.UploadsFolder, "*.part"))
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(part), "N", out var id) && !known.Contains(id)
                && File.GetLastWriteTimeUtc(part) < cutoff && !IsReceiving(id))
            {
                File.Delete(part);
                removed++;
            }
        }
        return removed;
    }

    // A stream holds the upload's gate while it writes; the sweep leaves that upload alone.
    private static bool IsReceiving(Guid uploadId) => Gates.TryGetValue(uploadId, out var gate) && gate.CurrentCount == 0;

    /// <summary>Throws <see cref="UploadException"/> unless <paramref name="chunk"/> is the next piece of <paramref name="upload"/> at <paramref name="position"/>, whole.</summary>
    internal static void ValidateChunk(Upload upload, long position, UploadChunk? chunk)
    {
        // A nil stream item binds as null (found by fuzzing: it threw NullReferenceException here).
        if (chunk is null)
        {
            throw new UploadException($"An empty chunk arrived; resume from {position}.");
        }
        if (chunk.Offset != position)
        {
            throw new UploadException($"Chunk at offset {chunk.Offset} arrived but the server has {position} bytes; resume from {position}.");
        }
        if (chunk.Data is null || chunk.Data.Length == 0 || chunk.Data.Length > ClipHubContract.ChunkBytes)
        {
            throw new UploadException($"Chunks must hold 1 to {ClipHubContract.ChunkBytes} bytes.");
        }
        if (position + chunk.Data.Length > upload.Length)
        {
            throw new UploadException("The chunk goes past the end of the announced file length.");
        }
        if (Adler32.Compute(chunk.Data) != chunk.Checksum)
        {
            throw new UploadException($"Checksum mismatch in the chunk at offset {chunk.Offset}; it was not stored. Resume from {position}.");
        }
    }

    private async Task<Upload> FindAsync(string ownerId, Guid uploadId, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        // Someone else's upload reads as unknown: ids are not a capability.
        if (upload is null || upload.OwnerId != ownerId || !File.Exists(paths.UploadPart(uploadId)))
        {
            throw new UploadException("No such upload; start it again.");
        }
        return upload;
    }

    private async Task DiscardAsync(Upload upload, CancellationToken cancellationToken)
    {
        File.Delete(paths.UploadPart(upload.Id));
        await db.Uploads.Where(u => u.Id == upload.Id).ExecuteDeleteAsync(cancellationToken);
        db.Entry(upload).State = EntityState.Detached;
        Gates.TryRemove(upload.Id, out _);
    }

    private FileStream OpenPartForAppend(Guid uploadId)
    {
        try
        {
            var file = new FileStream(paths.UploadPart(uploadId), FileMode.Open, FileAccess.Write, FileShare.Read, 1 << 16);
            file.Seek(0, SeekOrigin.End);
            return file;
        }
        catch (FileNotFoundException)
        {
            throw new UploadException("This upload was discarded; start it again.");
        }
    }

    private static async Task MakeDurableAsync(FileStream file, Func<long, Task> acknowledge)
    {
        file.Flush(flushToDisk: true);
        await acknowledge(file.Position);
    }

    // The row's count is informational (the part file decides) but the listing shows it; a discarded row stays gone.
    private async Task RecordReceivedAsync(Upload upload, long received)
    {
        await db.Uploads.Where(u => u.Id == upload.Id).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.ReceivedBytes, received).SetProperty(u => u.UpdatedAt, DateTime.UtcNow), CancellationToken.None);
    }

    private long DurableLength(Guid uploadId)
    {
        var info = new FileInfo(paths.UploadPart(uploadId));
        return info.Exists ? info.Length : 0;
    }

    private static UploadSession Session(Upload upload, long offset) =>
        new(upload.Id, upload.Length, offset, ClipHubContract.ChunkBytes);

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
