using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;

namespace WebAttention.Testing;

/// <summary>Drives the upload protocol the way the browser does, over a real hub connection.</summary>
public static class TestUploader
{
    public static Task<UploadSession> BeginAsync(HubConnection hub, string name, long length) =>
        hub.InvokeAsync<UploadSession>(ClipHubContract.BeginUpload, new BeginUploadRequest(name, length));

    /// <summary>
    /// Streams bytes [from, until) in chunks and returns the last acknowledged offset.
    /// <paramref name="corrupt"/> flips a byte of the chunk at that offset after its checksum was computed.
    /// </summary>
    public static async Task<long> SendAsync(HubConnection hub, Guid uploadId, byte[] file, long from, long until, long? corrupt = null)
    {
        long acknowledged = from;
        var allAcked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = hub.On<UploadAck>(nameof(IClipClient.UploadAcknowledged), ack =>
        {
            if (ack.UploadId == uploadId)
            {
                Interlocked.Exchange(ref acknowledged, ack.AcknowledgedOffset);
                if (ack.AcknowledgedOffset >= until)
                {
                    allAcked.TrySetResult();
                }
            }
        });
        var channel = Channel.CreateBounded<UploadChunk>(8);
        var invocation = hub.InvokeAsync(ClipHubContract.UploadChunks, uploadId, channel.Reader);
        // A dropped call stops reading the channel: the writer stops with it rather than wait forever on a full channel.
        for (var offset = from; offset < until && !invocation.IsCompleted; offset += ClipHubContract.ChunkBytes)
        {
            var data = file.AsSpan((int)offset, (int)Math.Min(ClipHubContract.ChunkBytes, until - offset)).ToArray();
            var checksum = Adler32.Compute(data);
            if (corrupt == offset)
            {
                data[0] ^= 0xFF;
            }
            var write = channel.Writer.WriteAsync(new UploadChunk(offset, data, checksum)).AsTask();
            await Task.WhenAny(write, invocation);
        }
        channel.Writer.TryComplete();
        await invocation;
        await Task.WhenAny(allAcked.Task, Task.Delay(TimeSpan.FromSeconds(5)));
        return Interlocked.Read(ref acknowledged);
    }

    public static Task<UploadResult> CompleteAsync(HubConnection hub, Guid uploadId, byte[] file) =>
        hub.InvokeAsync<UploadResult>(ClipHubContract.CompleteUpload, uploadId, Convert.ToHexStringLower(SHA256.HashData(file)));

    /// <summary>Begin, send everything, complete.</summary>
    public static async Task<UploadResult> UploadAsync(HubConnection hub, string name, byte[] file)
    {
        var session = await BeginAsync(hub, name, file.Length);
        await SendAsync(hub, session.UploadId, file, 0, file.Length);
        return await CompleteAsync(hub, session.UploadId, file);
    }
}
