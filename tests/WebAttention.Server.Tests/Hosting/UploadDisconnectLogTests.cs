using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Server.Hubs;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Hosting;

/// <summary>
/// A reload or a cancelled upload ends the upload's hub call from the browser's side: that is logged as information
/// without a stack trace, never as a failure.
/// </summary>
public sealed class UploadDisconnectLogTests : IAsyncLifetime
{
    private readonly HostingFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_connection_closed_in_the_middle_of_an_upload_is_information()
    {
        await using var user = await TestUser.RegisterAsync(_factory.BaseAddress);
        var hub = await user.ConnectAsync();
        var (uploadId, channel) = await StartStreamingAsync(hub);
        var call = hub.InvokeAsync(ClipHubContract.UploadChunks, uploadId, channel.Reader);
        await WriteChunksAsync(channel, 2);
        await WaitUntilReceivedAsync(uploadId);

        await hub.DisposeAsync(); // what a reload does to the page's connection
        await Assert.ThrowsAnyAsync<Exception>(() => call);

        await AssertEndedQuietlyAsync();
    }

    [Fact]
    public async Task An_upload_the_browser_cancels_is_information()
    {
        await using var user = await TestUser.RegisterAsync(_factory.BaseAddress);
        var hub = await user.ConnectAsync();
        var (uploadId, channel) = await StartStreamingAsync(hub);
        using var cancel = new CancellationTokenSource();
        var call = hub.InvokeAsync(ClipHubContract.UploadChunks, uploadId, channel.Reader, cancel.Token);
        await WriteChunksAsync(channel, 2);
        await WaitUntilReceivedAsync(uploadId);

        await cancel.CancelAsync(); // the Cancel button: the client stops its stream, the connection stays
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        await AssertEndedQuietlyAsync();
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    private async Task AssertEndedQuietlyAsync()
    {
        var ended = await _factory.Logs.WaitForAsync(
            e => e.Category == typeof(ExpectedDisconnectFilter).FullName && e.Message.Contains(ClipHubContract.UploadChunks, StringComparison.Ordinal),
            TimeSpan.FromSeconds(15));
        Assert.True(ended is not null, "No information that the call ended; the log:\n" + string.Join("\n", _factory.Logs.Entries.Select(f => $"{f.Level} {f.Category}: {f.Message} {f.Exception?.GetType().Name} {f.Exception?.Message}")));
        Assert.Equal(LogLevel.Information, ended!.Level);
        Assert.Null(ended.Exception);
        // Give SignalR the moment it would take to report the call as failed.
        await Task.Delay(500);
        var failures = _factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning || e.Exception is not null).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Level} {f.Category}: {f.Message}\n{f.Exception}")));
    }

    private static async Task<(Guid UploadId, Channel<UploadChunk> Channel)> StartStreamingAsync(HubConnection hub)
    {
        var session = await TestUploader.BeginAsync(hub, "interrupted.mp4", 8L * ClipHubContract.ChunkBytes);
        return (session.UploadId, Channel.CreateUnbounded<UploadChunk>());
    }

    private static async Task WriteChunksAsync(Channel<UploadChunk> channel, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var data = new byte[ClipHubContract.ChunkBytes];
            Random.Shared.NextBytes(data);
            await channel.Writer.WriteAsync(new UploadChunk((long)i * ClipHubContract.ChunkBytes, data, Adler32.Compute(data)));
        }
    }

    // The server is inside UploadChunks once the part file has grown.
    private async Task WaitUntilReceivedAsync(Guid uploadId)
    {
        var part = Path.Combine(_factory.DataRoot, "uploads", $"{uploadId:N}.part");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!(File.Exists(part) && new FileInfo(part).Length > 0))
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
