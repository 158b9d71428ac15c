using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Data;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Hubs;

/// <summary>
/// Acknowledgement on a slow link, cancel (discard at once) and the listing of interrupted uploads,
/// over real sockets against the real store.
/// </summary>
public sealed class UploadLifecycleTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    // Only a guard against a hang (the acknowledgement never coming); no test depends on how fast it comes.
    private static readonly TimeSpan NoAnswer = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task On_a_link_slower_than_the_disk_every_chunk_is_acknowledged_once_it_is_durable()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(hub, "slow.mp4", fixture.Clip.Length);
        await using var link = new ChunkByChunk(hub, session.UploadId);

        var acknowledged = new List<long>();
        for (var offset = 0L; offset < 4L * ClipHubContract.ChunkBytes; offset += ClipHubContract.ChunkBytes)
        {
            acknowledged.Add(await link.SendAndWaitForAckAsync(fixture.Clip, offset));
        }

        // One acknowledgement per chunk, each for exactly the bytes sent so far (the default batch is 1 MB).
        Assert.Equal([1L * ClipHubContract.ChunkBytes, 2L * ClipHubContract.ChunkBytes, 3L * ClipHubContract.ChunkBytes, 4L * ClipHubContract.ChunkBytes], acknowledged);
    }

    [Fact]
    public async Task An_interrupted_upload_is_listed_with_exactly_the_bytes_that_were_acknowledged()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var first = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(first, "interrupted.mp4", fixture.Clip.Length);
        var link = new ChunkByChunk(first, session.UploadId);
        var lastAck = 0L;
        for (var offset = 0L; offset < 3L * ClipHubContract.ChunkBytes; offset += ClipHubContract.ChunkBytes)
        {
            lastAck = await link.SendAndWaitForAckAsync(fixture.Clip, offset);
        }

        // The page goes away mid-stream: the connection drops with the stream still open.
        await first.DisposeAsync();
        var second = await user.ConnectAsync();
        var listed = await WaitForListingAsync(second, session.UploadId, lastAck);

        Assert.Equal("interrupted.mp4", listed.FileName);
        Assert.Equal(fixture.Clip.Length, listed.Length);
        Assert.Equal(lastAck, listed.ReceivedBytes);
        Assert.Equal(3L * ClipHubContract.ChunkBytes, listed.ReceivedBytes);
        var resumed = await second.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId);
        Assert.Equal(listed.ReceivedBytes, resumed.AcknowledgedOffset);
    }

    [Fact]
    public async Task The_head_check_tells_the_same_file_from_another_one()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(hub, "head.mp4", fixture.Clip.Length);
        var head = 2L * ClipHubContract.ChunkBytes;
        await TestUploader.SendAsync(hub, session.UploadId, fixture.Clip, 0, head);
        var other = fixture.Clip.ToArray();
        other[100] ^= 0xFF;

        var same = await hub.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, session.UploadId, head, Sha256(fixture.Clip, head));
        var different = await hub.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, session.UploadId, head, Sha256(other, head));
        var tooLong = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<bool>(ClipHubContract.CheckUploadHead, session.UploadId, head + 1, Sha256(fixture.Clip, head + 1)));

        Assert.True(same);
        Assert.False(different);
        Assert.Contains("bytes of this upload are on the server", tooLong.Message, StringComparison.Ordinal);
    }

    private static string Sha256(byte[] file, long length) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.AsSpan(0, (int)length)));

    [Fact]
    public async Task Another_users_interrupted_uploads_are_not_listed()
    {
        await using var owner = await TestUser.RegisterAsync(fixture.BaseAddress);
        await using var other = await TestUser.RegisterAsync(fixture.BaseAddress);
        await TestUploader.BeginAsync(await owner.ConnectAsync(), "private.mp4", fixture.Clip.Length);

        var listed = await (await other.ConnectAsync()).InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads);

        Assert.Empty(listed);
    }

    [Fact]
    public async Task Cancel_during_a_running_stream_removes_the_part_file_and_the_record_at_once()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var session = await TestUploader.BeginAsync(hub, "cancelled.mp4", fixture.Clip.Length);
        var link = new ChunkByChunk(hub, session.UploadId);
        await link.SendAndWaitForAckAsync(fixture.Clip, 0);
        await link.SendAndWaitForAckAsync(fixture.Clip, ClipHubContract.ChunkBytes);
        Assert.True(File.Exists(PartFile(session.UploadId)));

        // What the browser does on "Cancel": its stream ends with an error, then it asks for the discard.
        link.Abort();
        await hub.InvokeAsync(ClipHubContract.CancelUpload, session.UploadId);

        Assert.False(File.Exists(PartFile(session.UploadId)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Factory.DataRoot, "uploads"), $"{session.UploadId:N}*"));
        Assert.False(await RowExistsAsync(session.UploadId));
        Assert.DoesNotContain(await hub.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads), u => u.UploadId == session.UploadId);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<UploadSession>(ClipHubContract.ResumeUpload, session.UploadId));
        // The stream that was still open ended without bringing the file back.
        await link.Finished.WaitAsync(NoAnswer).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.False(File.Exists(PartFile(session.UploadId)));
    }

    private string PartFile(Guid uploadId) => Path.Combine(fixture.Factory.DataRoot, "uploads", $"{uploadId:N}.part");

    private async Task<bool> RowExistsAsync(Guid uploadId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Uploads.AnyAsync(u => u.Id == uploadId);
    }

    // The server records the count when it notices the dropped stream, which may be just after the new connection asks.
    private static async Task<UploadSummary> WaitForListingAsync(HubConnection hub, Guid uploadId, long received)
    {
        using var guard = new CancellationTokenSource(NoAnswer);
        while (true)
        {
            var listed = await hub.InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads, guard.Token);
            var mine = Assert.Single(listed, u => u.UploadId == uploadId);
            if (mine.ReceivedBytes >= received || guard.IsCancellationRequested)
            {
                return mine;
            }
            await Task.Delay(50, guard.Token);
        }
    }

    /// <summary>One open stream to which the test hands chunks one at a time, as a slow link would.</summary>
    private sealed class ChunkByChunk : IAsyncDisposable
    {
        private readonly Channel<UploadChunk> chunks = Channel.CreateUnbounded<UploadChunk>();
        private readonly Channel<long> acks = Channel.CreateUnbounded<long>();
        private readonly IDisposable subscription;

        public ChunkByChunk(HubConnection hub, Guid uploadId)
        {
            subscription = hub.On<UploadAck>(nameof(IClipClient.UploadAcknowledged), ack =>
            {
                if (ack.UploadId == uploadId)
                {
                    acks.Writer.TryWrite(ack.AcknowledgedOffset);
                }
            });
            Finished = hub.InvokeAsync(ClipHubContract.UploadChunks, uploadId, chunks.Reader);
        }

        public Task Finished { get; }

        public async Task<long> SendAndWaitForAckAsync(byte[] file, long offset)
        {
            var data = file.AsSpan((int)offset, (int)Math.Min(ClipHubContract.ChunkBytes, file.Length - offset)).ToArray();
            await chunks.Writer.WriteAsync(new UploadChunk(offset, data, Adler32.Compute(data)));
            using var guard = new CancellationTokenSource(NoAnswer);
            while (true)
            {
                var acknowledged = await acks.Reader.ReadAsync(guard.Token);
                if (acknowledged >= offset + data.Length)
                {
                    return acknowledged;
                }
            }
        }

        public void Abort() => chunks.Writer.TryComplete(new OperationCanceledException("Upload cancelled."));

        public async ValueTask DisposeAsync()
        {
            chunks.Writer.TryComplete();
            subscription.Dispose();
            try
            {
                await Finished.WaitAsync(NoAnswer);
            }
            catch (HubException)
            {
                // The stream's outcome is not what these tests look at.
            }
        }
    }
}
