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

    /// <summary>Drop the connection after this many chunks of the first stream (0: never).</summary>
    public int DropAfterChunks { get; set; }

    /// <summary>Verdict of CompleteUpload when the hash matches (null: a new clip id).</summary>
    public string? CompleteError { get; set; }

    public List<UploadChunk> Received { get; } = [];

    public List<long> StreamStarts { get; } = [];

    public long MaxUnacknowledgedBytes { get; private set; }

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

    public Task<UploadSession> BeginUploadAsync(BeginUploadRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        uploads[id] = new MemoryStream();
        lengths[id] = request.Length;
        return Task.FromResult(Session(id));
    }

    public Task<UploadSession?> ResumeUploadAsync(Guid uploadId, CancellationToken cancellationToken) =>
        Task.FromResult(uploads.ContainsKey(uploadId) ? Session(uploadId) : null);

    public async Task UploadChunksAsync(Guid uploadId, IAsyncEnumerable<UploadChunk> chunks, CancellationToken cancellationToken)
    {
        var file = uploads[uploadId];
        StreamStarts.Add(file.Length);
        var acknowledged = file.Length;
        var count = 0;
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            if (chunk.Offset != file.Length)
            {
                throw new InvalidOperationException($"Offset {chunk.Offset} but durable length {file.Length}.");
            }
            if (Adler32.Compute(chunk.Data) != chunk.Checksum)
            {
                throw new InvalidOperationException($"Checksum mismatch at {chunk.Offset}.");
            }
            Received.Add(chunk);
            file.Write(chunk.Data);
            MaxUnacknowledgedBytes = Math.Max(MaxUnacknowledgedBytes, file.Length - acknowledged);
            count++;

            if (DropAfterChunks > 0 && count == DropAfterChunks && StreamStarts.Count == 1)
            {
                // Durable but never acknowledged: the client must learn the length from ResumeUpload.
                lostHandlers.ToList().ForEach(h => h());
                throw new IOException("Connection lost.");
            }
            if (file.Length - acknowledged >= AckBatchBytes || file.Length == lengths[uploadId])
            {
                acknowledged = file.Length;
                var ack = new UploadAck(uploadId, acknowledged);
                ackHandlers.ToList().ForEach(h => h(ack));
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

    public IDisposable OnUploadAcknowledged(Action<UploadAck> handler) => Subscribe(ackHandlers, handler);

    public IDisposable OnConnectionLost(Action handler) => Subscribe(lostHandlers, handler);

    public Task WaitUntilConnectedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
