using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Testing;

// Usage: dotnet run --project tests/WebAttention.LoadBench -c Release -- [uploadMegabytes=500]
//    or: … -- joblist [jobs=10000] [repeats=50]: the dashboard's job list query, p50/p95 per filter.
//    or: … -- live [seconds=20] [cameraFps=25] [framesInFlight=2]: live frame → result latency p50/p95, frames/s and server stage times at 320×180.
//    or: … -- review-fanout [followers=50] [seeks=100]: presenter seek → all followers, p50/p95 and errors.
//    or: … -- reliability-load [uploads=10] [megabytes=100] [readers=50]: uploads + map chunk readers at once (issue 15).
if (args is ["joblist", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
    var file = Path.Combine(Path.GetTempPath(), $"joblist-bench-{Guid.NewGuid():N}.db");
    try
    {
        Console.WriteLine($"dashboard job list, {count} jobs in a SQLite file, {repeats} runs per filter (page of 25, with total):");
        foreach (var r in await WebAttention.LoadBench.JobListBench.RunAsync(file, count, repeats))
        {
            Console.WriteLine($"  {r.Filter,-28} total {r.Total,6}  p50 {r.P50Ms,7:0.00} ms  p95 {r.P95Ms,7:0.00} ms");
        }
    }
    finally
    {
        File.Delete(file);
    }
    return 0;
}

if (args.Length > 0 && args[0] == "live")
{
    var liveModels = TestModels.Folder;
    await using var liveServer = new ServerProcess($"--Inference:ModelsRoot={liveModels}", "--Logging:LogLevel:Default=Warning");
    await liveServer.StartAsync();
    await using var liveUser = await TestUser.RegisterAsync(liveServer.BaseAddress);
    await LiveBench.RunAsync(liveUser,
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 25,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : WebAttention.Core.Live.LiveHubContract.DefaultFramesInFlight);
    return 0;
}

if (args is ["reliability-load", ..])
{
    return await WebAttention.LoadBench.ReliabilityLoadCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "review-fanout")
{
    return await ReviewFanoutCommand.RunAsync(args[1..]);
}

// 1. Upload throughput over loopback and the server's peak RSS during a large upload.
// 2. Seconds from "upload finished" to "maps ready" for a 10 s 720p clip.
var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var models = TestModels.Folder;
await using var server = new ServerProcess($"--Inference:ModelsRoot={models}", "--Logging:LogLevel:Default=Warning");
await server.StartAsync();
await using var user = await TestUser.RegisterAsync(server.BaseAddress);
var hub = await user.ConnectAsync();

// 1. Large upload: random bytes (refused at the end as not a video, which also shows the clean-up).
var payload = new byte[megabytes * 1024L * 1024L];
Random.Shared.NextBytes(payload);
var before = ServerRss(server);
var clock = Stopwatch.StartNew();
var session = await TestUploader.BeginAsync(hub, "big.bin", payload.Length);
var peak = 0L;
using var sampler = new Timer(_ => peak = Math.Max(peak, ServerRss(server)), null, 0, 50);
await TestUploader.SendAsync(hub, session.UploadId, payload, 0, payload.Length);
var sendSeconds = clock.Elapsed.TotalSeconds;
var refused = await TestUploader.CompleteAsync(hub, session.UploadId, payload);
await sampler.DisposeAsync();
Console.WriteLine($"upload {megabytes} MB: {sendSeconds:0.0} s = {megabytes / sendSeconds:0.0} MB/s over loopback (MessagePack, 64 KB chunks, fsync every 1 MB)");
Console.WriteLine($"server RSS: {before / 1048576.0:0} MB before, peak {peak / 1048576.0:0} MB during the upload");
Console.WriteLine($"completion of a non-video: \"{refused.Error}\"");

// 2. Latency of a 10 s 720p clip: from CompleteUpload returning to the clip being Ready.
var clipPath = await GeneratedClips.GetAsync("disc-1280x720-10s.mp4",
    LavfiClipOptions.Single(LavfiPattern.MovingDisc, 10, new FrameSize(1280, 720), 30, withAudio: true));
var clip = await File.ReadAllBytesAsync(clipPath);
var result = await TestUploader.UploadAsync(hub, "720p.mp4", clip);
var ready = Stopwatch.StartNew();
var settled = await ClipWaiter.WaitUntilSettledAsync(user.Http, result.ClipId!.Value, TimeSpan.FromMinutes(10));
Console.WriteLine($"10 s 720p30 clip: {settled.Status} {ready.Elapsed.TotalSeconds:0.0} s after the upload finished ({settled.FrameCount} frames)");
Console.WriteLine($"sha256 of the clip: {Convert.ToHexStringLower(SHA256.HashData(clip))[..16]}…");
return 0;

static long ServerRss(ServerProcess server)
{
    try
    {
        return server.ResidentBytes();
    }
    catch (InvalidOperationException)
    {
        return 0;
    }
}
