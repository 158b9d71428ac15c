using WebAttention.Client.Services.Live;
using WebAttention.Core.Live;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Live;

/// <summary>A server made slow on purpose (Live:ThrottleMilliseconds): the browser client drops frames instead of queueing them.</summary>
public sealed class ThrottledLiveTests(ThrottledLiveTests.SlowServer server, ITestOutputHelper output) : IClassFixture<ThrottledLiveTests.SlowServer>
{
    [Fact]
    public async Task A_slow_server_makes_the_client_drop_frames_and_never_builds_a_backlog()
    {
        await using var user = await TestUser.RegisterAsync(server.Factory.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var frames = await LiveFrames.RgbAsync(10);
        var latencies = new List<double>();
        await using var streamer = LiveStreamer.Start(connection, new("9:16"), LiveHubContract.DefaultFramesInFlight, LiveHubTests.Now, (r, ms) =>
        {
            if (!r.Dropped)
            {
                latencies.Add(ms);
            }

            return Task.CompletedTask;
        }, CancellationToken.None);

        // A camera at 25 frames/s for 3 s against a server that needs more than 300 ms a frame.
        using var camera = new PeriodicTimer(TimeSpan.FromMilliseconds(40));
        for (var i = 0; i < 75 && await camera.WaitForNextTickAsync(); i++)
        {
            streamer.TrySend(LiveFrames.Rgb(i, frames[i % frames.Count], LiveHubTests.Now()));
        }

        await streamer.CompleteAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var stats = streamer.Stats;
        output.WriteLine($"sent {stats.Sent}, dropped by client {stats.DroppedByClient}, by server {stats.DroppedByServer}, answered {stats.Answered}; " +
            $"latency max {latencies.DefaultIfEmpty().Max():F0} ms, mean {latencies.DefaultIfEmpty().Average():F0} ms");
        Assert.True(stats.DroppedByClient > 0, "the client should have dropped frames");
        Assert.True(stats.Answered > 0, "some frames should have been answered");
        Assert.Equal(stats.Sent, stats.Answered + stats.DroppedByServer);
        Assert.InRange(stats.MaxInFlight, 1, LiveHubContract.DefaultFramesInFlight);
        // No backlog: when a frame is answered, fewer than the in-flight limit were sent after it.
        Assert.InRange(stats.LaterFramesInFlightAtAnswer, 0, LiveHubContract.DefaultFramesInFlight - 1);
    }

    /// <summary>A server that spends 300 ms more than needed on every live frame.</summary>
    public sealed class SlowServer : IAsyncDisposable
    {
        public AppFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["Inference:ModelsRoot"] = ServerFixture.ModelsFolder,
            ["Live:ThrottleMilliseconds"] = "300",
        });

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
