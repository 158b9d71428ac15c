using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core.Hubs;
using WebAttention.Core.Uploads;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Uploads;

/// <summary>
/// Issue 15 item 1, abandonment: an upload cut and never resumed, and a part file a crash left without its row, are both
/// removed by the server's sweep once older than <c>Uploads:AbandonAfterHours</c> (set to seconds here).
/// </summary>
public sealed class AbandonedUploadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Abandoned_uploads_and_orphaned_part_files_are_swept_after_the_expiry()
    {
        // 0.0005 h = 1.8 s; the sweep runs every second.
        await using var server = new ServerProcess("--Jobs:RunWorker=false", "--Uploads:AbandonAfterHours=0.0005", "--Uploads:SweepEverySeconds=1");
        await server.StartAsync();
        await using var user = await TestUser.RegisterAsync(server.BaseAddress);
        var file = await File.ReadAllBytesAsync(await GeneratedClips.TestPatternAsync());
        var uploads = Path.Combine(server.DataRoot, "uploads");

        // Cut mid-chunk and never resumed.
        Guid abandoned;
        await using (var proxy = new CutProxy(server.BaseAddress))
        {
            var hub = await user.ConnectViaAsync(proxy.BaseAddress);
            abandoned = (await TestUploader.BeginAsync(hub, "abandoned.mp4", file.Length)).UploadId;
            proxy.Arm(file.Length / 3, CutMode.Drop);
            await UploadResumption.SendUntilCutAsync(hub, abandoned, file);
            await proxy.Cut.WaitAsync(TimeSpan.FromSeconds(30));
        }
        // A crash between creating a part file and saving its row leaves a part file no upload names.
        var orphan = Path.Combine(uploads, $"{Guid.NewGuid():N}.part");
        await File.WriteAllBytesAsync(orphan, file.AsSpan(0, 1000).ToArray());

        var clock = Stopwatch.StartNew();
        while (Directory.EnumerateFiles(uploads, "*.part").Any() && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
        }

        var left = Directory.EnumerateFiles(uploads, "*.part").Select(Path.GetFileName).ToList();
        output.WriteLine($"part files left after {clock.Elapsed.TotalSeconds:0.0} s: {left.Count}");
        Assert.True(left.Count == 0, $"Not swept: {string.Join(", ", left)}\n{server.Log}");
        var open = await (await user.ConnectAsync()).InvokeAsync<UploadSummary[]>(ClipHubContract.ListUploads);
        Assert.DoesNotContain(open, u => u.UploadId == abandoned);
    }
}
