using System.Diagnostics;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Client.Services.Live;
using WebAttention.Core.Live;
using WebAttention.Pipeline.Metrics;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Live;

/// <summary>The live hub over real sockets with the real fused pipeline: frames in, maps out, limits, refusals.</summary>
public sealed class LiveHubTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    [Fact]
    public async Task Frames_streamed_in_come_back_in_order_as_fused_maps_with_faces_and_a_crop_window_of_the_aspect()
    {
        if (FacePhotos.MissingReason() is { } missing)
        {
            Assert.Fail(missing);
        }

        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        LiveSessionInfo? info = null;
        connection.On<LiveSessionInfo>(nameof(ILiveClient.LiveSessionStarted), i => info = i);
        var frames = await LiveFrames.RgbAsync(12);

        var results = await SendAllAsync(connection, "9:16", frames.Select((f, i) => LiveFrames.Rgb(i, f, Now())).ToList());

        Assert.Equal(Enumerable.Range(0, frames.Count).Select(i => (long)i), results.Select(r => r.Sequence));
        Assert.All(results, r =>
        {
            Assert.False(r.Dropped);
            Assert.Equal(r.MapWidth * r.MapHeight, r.Map.Length);
            Assert.Equal(255, r.Map.Max());
            var crop = Assert.IsType<LiveCrop>(r.Crop);
            Assert.InRange(crop.X, -1e-9, 1 - crop.W + 0.01);
            Assert.Equal(9.0 / 16, crop.W * LiveFrames.Width / (crop.H * LiveFrames.Height), 2);
            var stages = Assert.IsType<LiveStageTimes>(r.Stages); // where the server's time went, for latency work
            Assert.True(stages.InferenceMs > 0 && stages.InferenceMs <= r.ServerMilliseconds, $"{stages} vs {r.ServerMilliseconds} ms");
        });
        Assert.NotNull(info);
        Assert.Contains("+faces", info!.Model, StringComparison.Ordinal);
        Assert.Contains("+motion", info.Model, StringComparison.Ordinal);
        // The astronaut's face (centre x ≈ 446/960) is found and the portrait window holds it.
        var withFaces = results.Where(r => r.Faces.Count > 0).ToList();
        Assert.True(withFaces.Count >= frames.Count - 1, $"faces in {withFaces.Count} of {frames.Count} frames");
        Assert.All(withFaces, r =>
        {
            var face = r.Faces.MaxBy(f => f.Score)!;
            Assert.InRange(face.X + (face.W / 2), 0.40, 0.53);
            Assert.InRange(face.X + (face.W / 2), r.Crop!.X, r.Crop.X + r.Crop.W);
        });
    }

    [Fact]
    public async Task Jpeg_frames_give_the_maps_of_the_raw_frames()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var rgb = await LiveFrames.RgbAsync(8);
        var jpeg = await LiveFrames.JpegAsync(8);
        Assert.Equal(rgb.Count, jpeg.Count);

        var fromRgb = await SendAllAsync(await user.ConnectAsync(route: LiveHubContract.Route), "16:9", rgb.Select((f, i) => LiveFrames.Rgb(i, f)).ToList());
        var fromJpeg = await SendAllAsync(await user.ConnectAsync(route: LiveHubContract.Route), "16:9", jpeg.Select((f, i) => LiveFrames.Jpeg(i, f)).ToList());

        Assert.All(fromRgb.Concat(fromJpeg), r => Assert.False(r.Dropped));
        var cc = fromRgb.Zip(fromJpeg, (a, b) => SaliencyMetrics.Cc(Floats(a.Map), Floats(b.Map), a.MapWidth, a.MapHeight)).ToList();
        output.WriteLine($"CC raw vs JPEG per frame: {string.Join(", ", cc.Select(c => c.ToString("F4")))}; JPEG {jpeg.Average(j => j.Length):F0} B vs raw {rgb[0].Length} B");
        Assert.All(cc, c => Assert.True(c >= 0.98, $"CC {c:F4}"));
    }

    [Fact]
    public async Task A_signed_out_browser_is_refused()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => user.ConnectAsync(withCookie: false, route: LiveHubContract.Route));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_frame_breaking_the_limits_ends_the_stream_with_the_reason()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var tooWide = new LiveFrame(0, 0, LiveFrameFormat.Rgb24, 1000, 10, new byte[1000 * 10 * 3]);

        var error = await Assert.ThrowsAsync<HubException>(() => SendAllAsync(connection, "9:16", [tooWide]));

        Assert.Contains("sides must be 1–640 px", error.Message, StringComparison.Ordinal);
        var liar = new LiveFrame(0, 0, LiveFrameFormat.Rgb24, 320, 180, new byte[1000]);
        error = await Assert.ThrowsAsync<HubException>(() => SendAllAsync(connection, "9:16", [liar]));
        Assert.Contains("claims 320×180 RGB (172800 bytes) but has 1000", error.Message, StringComparison.Ordinal);
        error = await Assert.ThrowsAsync<HubException>(() => SendAllAsync(connection, "sideways", [liar]));
        Assert.Contains("'sideways' is not an aspect ratio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_over_the_limit_closes_the_connection_and_the_browser_client_refuses_to_send_one()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };
        var huge = new LiveFrame(0, 0, LiveFrameFormat.Rgb24, 480, 270, new byte[480 * 270 * 3]);

        await using (var streamer = LiveStreamer.Start(connection, new("9:16"), 2, Now, (_, _) => Task.CompletedTask, CancellationToken.None))
        {
            var refused = Assert.Throws<ArgumentException>(() => streamer.TrySend(huge));
            Assert.Contains($"at most {LiveHubContract.MaxFrameBytes} bytes", refused.Message, StringComparison.Ordinal);
        }

        // Sent anyway (a client without that check): the server's message limit closes the connection.
        var frames = Channel.CreateUnbounded<LiveFrame>();
        var results = connection.StreamAsync<LiveFrameResult>(LiveHubContract.Analyse, new LiveSessionRequest("9:16"), frames.Reader);
        await frames.Writer.WriteAsync(huge);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in results)
            {
            }
        }).WaitAsync(TimeSpan.FromMinutes(1));
        var reason = await closed.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.NotNull(reason);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task Frames_sent_past_the_in_flight_limit_are_answered_as_dropped_oldest_first_never_queued()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var rgb = await LiveFrames.RgbAsync(1);
        var frames = Channel.CreateUnbounded<LiveFrame>();
        var results = new List<LiveFrameResult>();

        // A client without a limit: eight frames at once, while the server needs tens of ms for one.
        for (var i = 0; i < 8; i++)
        {
            await frames.Writer.WriteAsync(LiveFrames.Rgb(i, rgb[0]));
        }

        frames.Writer.Complete();
        await foreach (var result in connection.StreamAsync<LiveFrameResult>(LiveHubContract.Analyse, new LiveSessionRequest("1:1"), frames.Reader))
        {
            results.Add(result);
        }

        output.WriteLine(string.Join(" ", results.Select(r => $"{r.Sequence}:{(r.Dropped ? "dropped" : "map")}")));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), results.Select(r => r.Sequence));
        Assert.Contains(results, r => r.Dropped);
        Assert.False(results[^1].Dropped);
        Assert.All(results.Where(r => r.Dropped), r => Assert.Empty(r.Map));
    }

    internal static double Now() => Clock.Elapsed.TotalMilliseconds;

    /// <summary>Sends every frame, each as soon as an in-flight slot is free, and returns the results in order.</summary>
    internal static Task<List<LiveFrameResult>> SendAllAsync(HubConnection connection, string aspect, IReadOnlyList<LiveFrame> frames) =>
        SendAllAsync(connection, new LiveSessionRequest(aspect), frames);

    /// <summary>Sends every frame of a session opened with <paramref name="request"/>, each as soon as an in-flight slot is free.</summary>
    internal static async Task<List<LiveFrameResult>> SendAllAsync(HubConnection connection, LiveSessionRequest request, IReadOnlyList<LiveFrame> frames)
    {
        var results = new List<LiveFrameResult>();
        using var slots = new SemaphoreSlim(LiveHubContract.DefaultFramesInFlight);
        await using var streamer = LiveStreamer.Start(connection, request, LiveHubContract.DefaultFramesInFlight, Now, (r, _) =>
        {
            results.Add(r);
            slots.Release();
            return Task.CompletedTask;
        }, CancellationToken.None);
        foreach (var frame in frames)
        {
            var slot = slots.WaitAsync();
            if (await Task.WhenAny(slot, streamer.Completion).WaitAsync(TimeSpan.FromMinutes(2)) != slot)
            {
                break; // The server ended the stream (an error comes out of CompleteAsync below).
            }

            Assert.True(streamer.TrySend(frame), $"frame {frame.Sequence} found no free slot");
        }

        await streamer.CompleteAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return results;
    }

    private static float[] Floats(byte[] map) => [.. map.Select(b => (float)b)];
}
