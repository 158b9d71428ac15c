using System.Diagnostics;
using WebAttention.Core.Jobs;
using WebAttention.Server.Jobs;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Crashes;

/// <summary>
/// Regression (found by the killed-server run): on the embedded SQLite queue a job running longer than
/// <c>Jobs:InvisibilitySeconds</c> was fetched again by a second worker while its first attempt still ran; the two
/// attempts cancelled each other and the job stayed queued for ever. With two workers and a 5 s invisibility, an analysis
/// that takes longer than that must run once and succeed.
/// </summary>
public sealed class LongJobTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_job_running_longer_than_the_invisibility_runs_once_on_the_sqlite_queue()
    {
        await using var server = new ServerProcess([.. KilledProcessArguments.Jobs, "--Jobs:Concurrency=2"]);
        await server.StartAsync();
        await using var user = await TestUser.RegisterAsync(server.BaseAddress);
        var clip = await File.ReadAllBytesAsync(await GeneratedClips.TestPatternAsync());

        var upload = await TestUploader.UploadAsync(await user.ConnectAsync(), "long.mp4", clip);
        var clipId = upload.ClipId ?? throw new InvalidOperationException(upload.Error);
        var clock = Stopwatch.StartNew();
        JobRow? job = null;
        while (clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            job = (await AppDatabaseSnapshot.ReadAsync(server.DataRoot, CancellationToken.None)).Jobs.Single(j => j.ClipId == clipId && j.Kind == JobKinds.Analyse);
            if (job.State is JobState.Succeeded or JobState.Failed or JobState.Cancelled)
            {
                break;
            }
            await Task.Delay(250);
        }

        output.WriteLine($"analysis {job!.State} after {clock.Elapsed.TotalSeconds:0} s in {job.Attempts} attempt(s)");
        Assert.True(job.State == JobState.Succeeded && job.Attempts == 1, $"{job.State} in {job.Attempts} attempts\n{server.Log}");
    }
}
