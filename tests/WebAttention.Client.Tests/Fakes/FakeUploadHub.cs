using System.Security.Cryptography;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>
/// A server in memory that behaves like the clips hub: checks offsets and Adler-32, keeps the durable
/// bytes, acknowledges chunks (at once, or lazily in batches), and can drop the connection mid-stream.
/// </summary>
public sealed class FakeUploadHub : IUploadHub
{
    private readonly List<Action<UploadAck>> ackHandlers = [];
    private readonly List<Action> lostHandlers = [];
    private readonly Dictionary<Guid, MemoryStream> uploads = [];
    private readonly Dictionary<Guid, long> lengths = [];

    /// <summary>Chunk limit the server announces.</summary>
    public int ServerChunkBytes { get; set; } = 64 * 1024;

    /// <summary>Acknowledge only when this many bytes are unacknowledged (0: every chunk at once).</summary>
    public long AckBatchBytes { get; set; }

    /// <summary>Acknowledge what was written whenever the sender has nothing more in the pipe (as the real store does).</summary>
    public bool AckWhenCaughtUp { get; set; } = true;

    /// <summary>Drop the connection after this many chunks of the first stream (0: never).</summary>
    public int DropAfterChunks { get; set; }

    /// <summary>Verdict of CompleteUpload when the hash matches (null: a new clip id).</summary>
    public string? CompleteError { get; set; }

    public List<UploadChunk> Received { get; } = [];

    public List<long> StreamStarts { get; } = [];

    /// <summary>Most bytes the client had handed to the connection beyond the last acknowledgement.</summary>
    public long MaxUnacknowledgedBytes { get; private set; }

    /// <summary>Last offset acknowledged to the client.</summary>
    public long Acknowledged { get; private set; }

    /// <summary>Speed of the simulated link (0: instant).</summary>
    public double LinkBytesPerSecond { get; set; }

    /// <summary>Clock the simulated link advances.</summary>
    public ManualClock Clock { get; } = new();

    public string? CompletedSha256 { get; private set; }

    public List<Guid> Cancelled { get; } = [];

    /// <summary>Creates a session as if a previous page had uploaded <paramref name="prefix"/>.</summary>
    public Guid Seed(byte[] prefix, long length)
    {
        var id = Guid.NewGuid();
        uploads[id] = new MemoryStream();
        uploads[id].Write(prefix);
        lengths[id] = length;
        return id;
    }

    public byte[] Durable(Guid uploadId) => uploads[uploadId].ToArray();

    /// <summary>When set, BeginUpload answers only once this completes (a slow server).</summary>
    public Task? BeginDelay { get; set; }

    // Like a hub invocation: a cancelled caller stops waiting, but the server goes on and creates the upload.
    public Task<UploadSession> BeginUploadAsync(BeginUploadRequest request, CancellationToken cancellationToken) =>
        CreateAsync(request).WaitAsync(cancellationToken);

    private async Task<UploadSession> CreateAsync(BeginUploadRequest request)
    {
        if (BeginDelay is not null)
        {
            await BeginDelay;
        }
        var id = Guid.NewGuid();
        uploads[id] = new MemoryStream();
        lengths[id] = request.Length;
        return Session(id);
    }

    public Task<UploadSession?> ResumeUploadAsync(Guid uploadId, CancellationToken cancellationToken) =>
        Task.FromResult(uploads.ContainsKey(uploadId) ? Session(uploadId) : null);

    /// <summary>
    /// Models the real link: the browser's socket takes every chunk the producer hands over without waiting
    /// (its send buffer), the server reads them one by one (advancing <see cref="Clock"/> by what the link
    /// needs at <see cref="LinkBytesPerSecond"/>), and, like the real store, acknowledges in batches of
    /// <see cref="AckBatchBytes"/> or as soon as it has caught up with the sender.
    /// </summary>
    public async Task UploadChunksAsync(Guid uploadId, IAsyncEnumerable<UploadChunk> chunks, CancellationToken cancellationToken)
    {
        var file = uploads[uploadId];
        StreamStarts.Add(file.Length);
        Acknowledged = file.Length;
        var sentEnd = file.Length;
        var count = 0;
        var sendBuffer = new Queue<UploadChunk>();
        await using var producer = chunks.GetAsyncEnumerator(cancellationToken);
        var pending = producer.MoveNextAsync();
        var ended = false;
        while (true)
        {
            while (!ended && pending.IsCompleted)
            {
                if (await pending)
                {
                    sendBuffer.Enqueue(producer.Current);
                    sentEnd = producer.Current.Offset + producer.Current.Data.Length;
                    MaxUnacknowledgedBytes = Math.Max(MaxUnacknowledgedBytes, sentEnd - Acknowledged);
                    pending = producer.MoveNextAsync();
                }
                else
                {
                    ended = true;
                }
            }
            if (sendBuffer.Count == 0)
            {
                if (ended)
                {
                    break;
                }
                // Caught up with the sender: what was written is made durable and acknowledged.
                if (AckWhenCaughtUp && file.Length > Acknowledged)
                {
                    Acknowledge(uploadId, file.Length);
                }
                if (await pending)
                {
                    sendBuffer.Enqueue(producer.Current);
                    sentEnd = producer.Current.Offset + producer.Current.Data.Length;
                    MaxUnacknowledgedBytes = Math.Max(MaxUnacknowledgedBytes, sentEnd - Acknowledged);
                    pending = producer.MoveNextAsync();
                }
                else
                {
                    ended = true;
                }
                continue;
            }

            var chunk = sendBuffer.Dequeue();
            if (chunk.Offset != file.Length)
            {
                throw new InvalidOperationException($"Offset {chunk.Offset} but durable length {file.Length}.");
            }
            if (Adler32.Compute(chunk.Data) != chunk.Checksum)
            {
                throw new InvalidOperationException($"Checksum mismatch at {chunk.Offset}.");
            }
            if (LinkBytesPerSecond > 0)
            {
                Clock.Advance(TimeSpan.FromSeconds(chunk.Data.Length / LinkBytesPerSecond));
            }
            Received.Add(chunk);
            file.Write(chunk.Data);
            count++;

            if (DropAfterChunks > 0 && count == DropAfterChunks && StreamStarts.Count == 1)
            {
                // Durable but never acknowledged: the client must learn the length from ResumeUpload.
                lostHandlers.ToList().ForEach(h => h());
                throw new IOException("Connection lost.");
            }
            if (file.Length - Acknowledged >= AckBatchBytes || file.Length == lengths[uploadId])
            {
                Acknowledge(uploadId, file.Length);
            }
        }
    }

    public Task<UploadResult> CompleteUploadAsync(Guid uploadId, string sha256Hex, CancellationToken cancellationToken)
    {
        CompletedSha256 = sha256Hex;
        var actual = Convert.ToHexStringLower(SHA256.HashData(uploads[uploadId].ToArray()));
        var result = actual != sha256Hex
            ? new UploadResult(null, "Checksum mismatch.")
            : CompleteError is not null ? new UploadResult(null, CompleteError) : new UploadResult(Guid.NewGuid(), null);
        uploads.Remove(uploadId);
        return Task.FromResult(result);
    }

    public Task CancelUploadAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        Cancelled.Add(uploadId);
        uploads.Remove(uploadId);
        return Task.CompletedTask;
    }

    public Task<UploadSummary[]> ListUploadsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(uploads.Select(u => new UploadSummary(u.Key, "clip.mp4", lengths[u.Key], u.Value.Length, DateTime.UtcNow)).ToArray());

    public List<long> HeadChecks { get; } = [];

    public Task<bool> CheckUploadHeadAsync(Guid uploadId, long headLength, string sha256Hex, CancellationToken cancellationToken)
    {
        HeadChecks.Add(headLength);
        var head = uploads[uploadId].ToArray().AsSpan(0, (int)headLength);
        return Task.FromResult(Convert.ToHexStringLower(SHA256.HashData(head)) == sha256Hex);
    }

    public IDisposable OnUploadAcknowledged(Action<UploadAck> handler) => Subscribe(ackHandlers, handler);

    public IDisposable OnConnectionLost(Action handler) => Subscribe(lostHandlers, handler);

    public Task WaitUntilConnectedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Acknowledge(Guid uploadId, long offset)
    {
        Acknowledged = offset;
        var ack = new UploadAck(uploadId, offset);
        ackHandlers.ToList().ForEach(h => h(ack));
    }

    private UploadSession Session(Guid id) => new(id, lengths[id], uploads[id].Length, ServerChunkBytes);

    private static IDisposable Subscribe<T>(List<T> list, T handler)
    {
        list.Add(handler);
        return new Unsubscribe(() => list.Remove(handler));
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
