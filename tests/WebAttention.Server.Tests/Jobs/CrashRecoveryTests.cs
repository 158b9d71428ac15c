using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Core.Saliency;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>The real server process is SIGKILLed in the middle of an analysis; after a restart the job finishes.</summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_server_killed_during_an_analysis_finishes_the_job_after_restart()
    {
        var clipBytes = await File.ReadAllBytesAsync(await GeneratedClips.TestPatternAsync());
        await using var server = new ServerProcess(
            $"--Inference:ModelsRoot={ServerFixture.ModelsFolder}", "--Analysis:TargetFramesPerSecond=25",
            // Hangfire fetches a job again once its dead worker's heartbeat is this old.
            "--Jobs:InvisibilitySeconds=5");
        await server.StartAsync();
        Guid clipId;
        await using (var user = await TestUser.RegisterAsync(server.BaseAddress, "crash@example.test"))
        {
            var hub = await user.ConnectAsync();
            var analysing = new TaskCompletionSource<JobProgress>(TaskCreationOptions.RunContinuationsAsynchronously);
            hub.On<JobProgress>(nameof(IClipClient.JobProgressed), p =>
            {
                if (p.Stage == "analyse" && p.FramesDone > 0)
                {
                    analysing.TrySetResult(p);
                }
            });
            var upload = await TestUploader.UploadAsync(hub, "crash.mp4", clipBytes);
            clipId = upload.ClipId!.Value;
            await hub.InvokeAsync(ClipHubContract.WatchClip, clipId);

            var seen = await analysing.Task.WaitAsync(TimeSpan.FromMinutes(2));
            output.WriteLine($"Killing the server at frame {seen.FramesDone}/{seen.FramesTotal}");
            server.Kill();
        }

        await server.StartAsync();
        using var again = await LogInAsync(server.BaseAddress);
        var clip = await ClipWaiter.WaitUntilSettledAsync(again, clipId, TimeSpan.FromMinutes(3));

        Assert.True(clip.Status == ClipStatus.Ready, clip.Error + "\n" + server.Log);
        var index = await again.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(clipId));
        Assert.Equal(100, index!.FrameCount);
        Assert.Contains("resumed after an interrupted attempt", server.Log, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> LogInAsync(Uri baseAddress)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = baseAddress };
        var response = await http.PostAsJsonAsync(ApiRoutes.Login, new Credentials("crash@example.test", "correct-horse-9"));
        response.EnsureSuccessStatusCode();
        return http;
    }
}
