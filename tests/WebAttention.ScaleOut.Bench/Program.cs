using System.Diagnostics;
using System.Globalization;
using WebAttention.Core.Clips;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Testing;

// Usage: dotnet run --project tests/WebAttention.ScaleOut.Bench -c Release -- [clips=6] [seconds=6]
// Starts the real scale-out stack (infra/stack.sh) with 1 worker, then with 2, uploads the same generated clips
// through web A and prints analysis throughput: clips/min from the first upload to the last clip Ready.
var clips = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
var path = await GeneratedClips.GetAsync($"bench-disc-320x180-{seconds}s.mp4",
    LavfiClipOptions.Single(LavfiPattern.MovingDisc, seconds, new FrameSize(320, 180), withAudio: false) with { FastStart = true });
var file = await File.ReadAllBytesAsync(path);
Console.WriteLine($"{clips} clips of {seconds} s 320x180 25 fps ({file.Length / 1024} KB), {Environment.ProcessorCount} cores");

var rates = new Dictionary<int, double>();
foreach (var workers in new[] { 1, 2 })
{
    await using var stack = new ScaleOutStackScript();
    await stack.StartAsync(workers, "--Logging:LogLevel:Default=Warning");
    await using var user = await TestUser.RegisterAsync(stack.WebA);
    var hub = await user.ConnectAsync();
    var clock = Stopwatch.StartNew();
    var ids = new List<Guid>();
    for (var i = 0; i < clips; i++)
    {
        var upload = await TestUploader.UploadAsync(hub, $"bench-{i}.mp4", file);
        ids.Add(upload.ClipId ?? throw new InvalidOperationException($"upload refused: {upload.Error}"));
    }
    foreach (var id in ids)
    {
        var clip = await ClipWaiter.WaitUntilSettledAsync(user.Http, id, TimeSpan.FromMinutes(20));
        if (clip.Status != ClipStatus.Ready)
        {
            throw new InvalidOperationException($"clip {id} ended {clip.Status}: {clip.Error}");
        }
    }
    var minutes = clock.Elapsed.TotalMinutes;
    rates[workers] = clips / minutes;
    Console.WriteLine($"{workers} worker(s): {clips} clips in {minutes * 60:0.0} s = {rates[workers]:0.00} clips/min");
}
Console.WriteLine($"speed-up with 2 workers: {rates[2] / rates[1]:0.00}x");
