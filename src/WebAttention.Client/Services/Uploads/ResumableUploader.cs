using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Services.Uploads;

/// <summary>
/// Streams a file over the hub in checksummed chunks with a window of unacknowledged bytes sized to the
/// measured rate (about a second's worth; see <see cref="InFlightLimit"/>), reports progress per acknowledgement, hashes it (SHA-256) on the way, and resumes from the server's durable length after a dropped
/// connection or a page reload.
/// </summary>
public sealed class ResumableUploader : IUploadService
{
    private readonly IUploadHub hub;
    private readonly IUploadResumeStore store;
    private readonly UploadOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<ResumableUploader> logger;

    /// <summary>Creates an uploader over <paramref name="hub"/>.</summary>
    public ResumableUploader(
        IUploadHub hub,
        IUploadResumeStore store,
        UploadOptions options,
        TimeProvider time,
        ILogger<ResumableUploader> logger)
    {
        this.hub = hub;
        this.store = store;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Bytes at the start of a file compared with the server's before resuming (1 MB, or all it holds).</summary>
    public const long HeadCheckBytes = 1024 * 1024;

    /// <inheritdoc />
    public async Task<UploadResult> UploadAsync(IUploadSource source, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        progress?.Report(new UploadProgress(Guid.Empty, UploadPhase.Starting, 0, source.Length, 0));
        await hub.WaitUntilConnectedAsync(cancellationToken);

        var (session, resumed) = await OpenSessionAsync(source, cancellationToken);
        return await TransferAsync(source, session, resumed, progress, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UploadResult> ResumeAsync(IUploadSource source, UploadSummary interrupted, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(interrupted);
        if (source.Length != interrupted.Length)
        {
            return new UploadResult(null, NotTheSameFile(source, interrupted, $"it is {source.Length:N0} bytes, the interrupted upload {interrupted.Length:N0}"));
        }
        progress?.Report(new UploadProgress(interrupted.UploadId, UploadPhase.Starting, interrupted.ReceivedBytes, source.Length, 0, Resumed: true));
        var session = await hub.ResumeUploadAsync(interrupted.UploadId, cancellationToken);
        if (session is null)
        {
            await store.RemoveAsync(interrupted.UploadId, CancellationToken.None);
            return new UploadResult(null, $"The interrupted upload of “{interrupted.FileName}” is no longer on the server; upload “{source.Name}” again.");
        }
        if (!await HeadMatchesAsync(source, session, cancellationToken))
        {
            return new UploadResult(null, NotTheSameFile(source, interrupted, "its content differs"));
        }
        await store.SaveAsync(new PendingUpload(session.UploadId, source.Name, source.Length, source.LastModified.ToUnixTimeMilliseconds()), cancellationToken);
        logger.LogInformation("Resuming interrupted upload {UploadId} at {Offset}.", session.UploadId, session.AcknowledgedOffset);
        return await TransferAsync(source, session, resumed: true, progress, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UploadSummary>> ListInterruptedAsync(CancellationToken cancellationToken) =>
        await hub.ListUploadsAsync(cancellationToken);

    private static string NotTheSameFile(IUploadSource source, UploadSummary interrupted, string why) =>
        $"“{source.Name}” is not the file whose upload was interrupted (“{interrupted.FileName}”): {why}. Pick that file to resume, or discard the interrupted upload.";

    private async Task<bool> HeadMatchesAsync(IUploadSource source, UploadSession session, CancellationToken cancellationToken)
    {
        var head = Math.Min(HeadCheckBytes, session.AcknowledgedOffset);
        if (head == 0)
        {
            return true;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var stream = source.OpenRead(cancellationToken))
        {
            await HashPrefixAsync(stream, hash, head, cancellationToken);
        }
        return await hub.CheckUploadHeadAsync(session.UploadId, head, Convert.ToHexStringLower(hash.GetHashAndReset()), cancellationToken);
    }

    private async Task<UploadResult> TransferAsync(IUploadSource source, UploadSession session, bool resumed, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
    {
        var state = new UploadRun(session, resumed, progress, new TransferRate(time));
        state.Report(UploadPhase.Starting);

        string? sha256 = null;
        var failuresWithoutProgress = 0;
        while (session.AcknowledgedOffset < session.Length)
        {
            var before = session.AcknowledgedOffset;
            Exception? failure = null;
            try
            {
                sha256 = await SendPassAsync(source, state, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ex;
                logger.LogWarning(ex, "Upload {UploadId} pass failed at {Offset}.", session.UploadId, state.AcknowledgedBytes);
                state.Report(UploadPhase.Reconnecting);
                await hub.WaitUntilConnectedAsync(cancellationToken);
            }

            // The server's durable length is the truth, whatever the acks said.
            var refreshed = await hub.ResumeUploadAsync(session.UploadId, cancellationToken);
            if (refreshed is null)
            {
                await store.RemoveAsync(session.UploadId, CancellationToken.None);
                return new UploadResult(null, $"The server no longer knows the upload of “{source.Name}”; please start it again.");
            }
            session = refreshed;
            state.SetDurable(session);
            if (session.AcknowledgedOffset < session.Length)
            {
                sha256 = null;
            }

            failuresWithoutProgress = session.AcknowledgedOffset > before ? 0 : failuresWithoutProgress + 1;
            if (failuresWithoutProgress >= options.MaxAttemptsWithoutProgress)
            {
                var reason = failure?.Message ?? "the server stopped accepting data";
                return new UploadResult(null, $"The upload of “{source.Name}” keeps failing at {session.AcknowledgedOffset:N0} bytes: {reason}");
            }
        }

        state.Report(UploadPhase.Finishing);
        sha256 ??= await HashWholeAsync(source, cancellationToken);
        var result = await hub.CompleteUploadAsync(session.UploadId, sha256, cancellationToken);
        // Success or a verdict on the file (not a video, too long...): either way nothing is left to resume.
        await store.RemoveAsync(session.UploadId, CancellationToken.None);
        return result;
    }

    /// <inheritdoc />
    public async Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(uploadId, cancellationToken);
        await hub.CancelUploadAsync(uploadId, cancellationToken);
    }

    /// <summary>Hex SHA-256 of <paramref name="source"/> read start to end.</summary>
    public static async Task<string> HashWholeAsync(IUploadSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = source.OpenRead(cancellationToken);
        await HashPrefixAsync(stream, hash, source.Length, cancellationToken);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes of <paramref name="stream"/> into <paramref name="hash"/>.</summary>
    public static async Task HashPrefixAsync(Stream stream, IncrementalHash hash, long count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(hash);
        var buffer = new byte[256 * 1024];
        var left = count;
        while (left > 0)
        {
            var want = (int)Math.Min(buffer.Length, left);
            var read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, want), want, throwOnEndOfStream: false, cancellationToken);
            if (read < want)
            {
                throw new IOException("The file is shorter than when the upload started.");
            }
            hash.AppendData(buffer, 0, read);
            left -= read;
        }
    }

    private async Task<(UploadSession Session, bool Resumed)> OpenSessionAsync(IUploadSource source, CancellationToken cancellationToken)
    {
        var lastModified = source.LastModified.ToUnixTimeMilliseconds();
        var pending = await store.FindAsync(source.Name, source.Length, lastModified, cancellationToken);
        if (pending is not null)
        {
            var existing = await hub.ResumeUploadAsync(pending.UploadId, cancellationToken);
            if (existing is not null && existing.Length == source.Length && await HeadMatchesAsync(source, existing, cancellationToken))
            {
                logger.LogInformation("Resuming upload {UploadId} at {Offset}.", existing.UploadId, existing.AcknowledgedOffset);
                return (existing, true);
            }
            await store.RemoveAsync(pending.UploadId, cancellationToken);
        }

        // Not cancelled mid-call: the server may create the upload after the caller gave up, and a cancel before
        // the upload had an id must not leave a part file behind. Waiting stops at once; the late session is discarded.
        var begin = hub.BeginUploadAsync(new BeginUploadRequest(source.Name, source.Length), CancellationToken.None);
        UploadSession session;
        try
        {
            session = await begin.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _ = DiscardLateAsync(begin);
            throw;
        }
        await store.SaveAsync(new PendingUpload(session.UploadId, source.Name, source.Length, lastModified), cancellationToken);
        return (session, false);
    }

    private async Task DiscardLateAsync(Task<UploadSession> begin)
    {
        try
        {
            var session = await begin;
            await hub.CancelUploadAsync(session.UploadId, CancellationToken.None);
            logger.LogInformation("Upload {UploadId} was cancelled while it started; discarded.", session.UploadId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing was sent; the server sweeps abandoned uploads by itself.
            logger.LogInformation(ex, "A cancelled upload's late session could not be discarded.");
        }
    }

    /// <summary>
    /// One pass: re-hash the durable prefix, then stream the rest. Returns the file hash when the pass
    /// read the file to its end and the server consumed the stream without error.
    /// </summary>
    private async Task<string?> SendPassAsync(IUploadSource source, UploadRun run, CancellationToken cancellationToken)
    {
        var session = run.Session;
        var chunkBytes = ChunkPlanner.EffectiveChunkBytes(options.ChunkBytes, session.ChunkBytes);
        long Limit() => InFlightLimit.For(run.BytesPerSecond, options.InFlightSeconds, chunkBytes, options.MaxInFlightBytes);
        var window = new UploadWindow(session.Length, session.AcknowledgedOffset, Limit());
        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var lost = hub.OnConnectionLost(() => pass.Cancel());
        using var acks = hub.OnUploadAcknowledged(ack =>
        {
            if (ack.UploadId == session.UploadId && window.Acknowledge(ack.AcknowledgedOffset))
            {
                run.Acknowledge(ack.AcknowledgedOffset);
                window.Resize(Limit());
            }
        });

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = source.OpenRead(pass.Token);
        if (session.AcknowledgedOffset > 0)
        {
            run.Report(UploadPhase.Verifying);
            await HashPrefixAsync(stream, hash, session.AcknowledgedOffset, pass.Token);
        }

        run.StartMeasuring();
        run.Report(UploadPhase.Uploading);
        var producer = new ChunkProducer(stream, hash, window, chunkBytes);
        try
        {
            await hub.UploadChunksAsync(session.UploadId, producer.ProduceAsync(pass.Token), pass.Token);
        }
        finally
        {
            // However the stream ended, a producer waiting for acks must not outlive it.
            await pass.CancelAsync();
        }
        return producer.ReachedEnd ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
    }

    /// <summary>Reads, hashes and checksums chunks, never running more than the window ahead of the acks.</summary>
    private sealed class ChunkProducer(Stream stream, IncrementalHash hash, UploadWindow window, int chunkBytes)
    {
        public bool ReachedEnd { get; private set; }

        public async IAsyncEnumerable<UploadChunk> ProduceAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var span in ChunkPlanner.Plan(window.Length, window.SentOffset, chunkBytes))
            {
                await window.WaitForRoomAsync(span.Length, cancellationToken);
                var data = new byte[span.Length];
                var read = await stream.ReadAtLeastAsync(data, span.Length, throwOnEndOfStream: false, cancellationToken);
                if (read < span.Length)
                {
                    throw new IOException("The file is shorter than when the upload started.");
                }
                hash.AppendData(data);
                window.MarkSent(span.Offset, span.Length);
                ReachedEnd = span.End == window.Length;
                yield return ChunkPlanner.CreateChunk(span.Offset, data);
            }
        }
    }

    /// <summary>Progress state of one upload across passes.</summary>
    private sealed class UploadRun(UploadSession session, bool resumed, IProgress<UploadProgress>? progress, TransferRate rate)
    {
        private UploadPhase phase = UploadPhase.Starting;

        public UploadSession Session { get; private set; } = session;

        public long AcknowledgedBytes { get; private set; } = session.AcknowledgedOffset;

        public double BytesPerSecond => rate.BytesPerSecond;

        public void StartMeasuring() => rate.Reset(AcknowledgedBytes);

        public void SetDurable(UploadSession refreshed)
        {
            Session = refreshed;
            AcknowledgedBytes = refreshed.AcknowledgedOffset;
        }

        public void Acknowledge(long offset)
        {
            if (offset <= AcknowledgedBytes)
            {
                return;
            }
            AcknowledgedBytes = offset;
            rate.Sample(offset);
            Report(phase);
        }

        public void Report(UploadPhase next)
        {
            phase = next;
            progress?.Report(new UploadProgress(Session.UploadId, next, AcknowledgedBytes, Session.Length, rate.BytesPerSecond, resumed));
        }
    }
}
