using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Live;
using WebAttention.Testing;

/// <summary>
/// `live` mode: server live-mode figures on loopback against a CPU server process: frame → result latency p50/p95 and
/// sustained answered frames/s at 320×180, for JPEG and raw RGB frames, with the browser's in-flight limit.
/// </summary>
internal static class LiveBench
{
    public static async Task RunAsync(TestUser user, double seconds, double cameraFps, int framesInFlight = LiveHubContract.DefaultFramesInFlight)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frames in flight {framesInFlight}; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}"));
        var rgb = await LiveFrames.RgbAsync(50);
        var jpeg = await LiveFrames.JpegAsync(50);
        Console.WriteLine($"frame sizes at 320×180: raw RGB {rgb[0].Length} B, JPEG (ffmpeg q 5) mean {jpeg.Average(j => j.Length):0} B");
        foreach (var (name, frames) in new[] { ("jpeg", jpeg.Select((b, i) => (LiveFrameFormat.Jpeg, b)).ToList()), ("rgb24", rgb.Select((b, i) => (LiveFrameFormat.Rgb24, b)).ToList()) })
        {
            await using var connection = await user.ConnectAsync(route: LiveHubContract.Route);
            // Warm the session (model load, first-run allocations) outside the measurement.
            await MeasureAsync(connection, frames, 2, cameraFps, framesInFlight);
            var r = await MeasureAsync(connection, frames, seconds, cameraFps, framesInFlight);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"live {name} at {cameraFps:0} fps offered for {seconds:0} s: sent {r.Sent}, answered {r.Answered} ({r.Answered / r.Seconds:0.0} fps), " +
                $"dropped by client {r.ClientDrops}, by server {r.ServerDrops}; latency p50 {r.P50:0} ms, p95 {r.P95:0} ms; server time p50 {r.ServerP50:0} ms; " +
                $"server stages p50: {r.Stages}"));
        }
    }

    private static async Task<Result> MeasureAsync(HubConnection connection, List<(LiveFrameFormat Format, byte[] Bytes)> frames, double seconds, double cameraFps, int framesInFlight)
    {
        var stages = new List<LiveStageTimes>();
        var clock = Stopwatch.StartNew();
        var outgoing = Channel.CreateUnbounded<LiveFrame>();
        var inFlight = 0;
        var latencies = new List<double>();
        var server = new List<double>();
        var serverDrops = 0;
        var reading = Task.Run(async () =>
        {
            await foreach (var result in connection.StreamAsync<LiveFrameResult>(LiveHubContract.Analyse, new LiveSessionRequest("9:16"), outgoing.Reader))
            {
                Interlocked.Decrement(ref inFlight);
                if (result.Dropped)
                {
                    serverDrops++;
                    continue;
                }

                latencies.Add(clock.Elapsed.TotalMilliseconds - result.CapturedAt);
                server.Add(result.ServerMilliseconds);
                if (result.Stages is { } stage)
                {
                    stages.Add(stage);
                }
            }
        });
        using var camera = new PeriodicTimer(TimeSpan.FromSeconds(1 / cameraFps));
        long sent = 0, clientDrops = 0, sequence = 0;
        while (clock.Elapsed.TotalSeconds < seconds && await camera.WaitForNextTickAsync())
        {
            var (format, bytes) = frames[(int)(sequence % frames.Count)];
            var frame = new LiveFrame(sequence++, clock.Elapsed.TotalMilliseconds, format, LiveFrames.Width, LiveFrames.Height, bytes);
            if (Volatile.Read(ref inFlight) >= framesInFlight)
            {
                clientDrops++; // As the browser does: drop, never queue.
                continue;
            }

            Interlocked.Increment(ref inFlight);
            await outgoing.Writer.WriteAsync(frame);
            sent++;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        outgoing.Writer.Complete();
        await reading;
        double Median(Func<LiveStageTimes, double> stage) => Percentile([.. stages.Select(stage)], 0.5);
        var stageText = string.Create(CultureInfo.InvariantCulture,
            $"decode {Median(t => t.DecodeMs):0.0}, resize {Median(t => t.ResizeMs):0.0}, model+faces {Median(t => t.InferenceMs):0.0}, " +
            $"motion+overlay after {Median(t => t.ChannelsMs):0.0}, fusion {Median(t => t.FusionMs):0.0}, smooth+crop+map {Median(t => t.CropMs):0.0} ms");
        return new Result(sent, latencies.Count, clientDrops, serverDrops, elapsed, Percentile(latencies, 0.5), Percentile(latencies, 0.95), Percentile(server, 0.5), stageText);
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private sealed record Result(long Sent, int Answered, long ClientDrops, int ServerDrops, double Seconds, double P50, double P95, double ServerP50, string Stages);
}
