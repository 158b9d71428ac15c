using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Npgsql;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Testing;

namespace WebAttention.ScaleOut.Tests;

/// <summary>
/// The must-show, on the real stack: a clip uploaded through web A is analysed by a worker; its progress
/// reaches a client of web B (web nodes run no jobs, so it came through Redis); the worker running it is killed -9
/// mid-way and the other worker finishes it; the maps web B serves are the ones in the object store. Before that, the
/// Admin's workers panel (web A, in Chromium) lists both workers.
/// </summary>
public sealed class ScaleOutTests(ScaleOutStack fixture) : IClassFixture<ScaleOutStack>
{
    private readonly ScaleOutStackScript stack = fixture.Stack;

    [Fact]
    public async Task A_clip_uploaded_to_web_A_survives_its_worker_being_killed_and_web_B_sees_it_through()
    {
        // 12 s at 25 fps: long enough that the job is still running when its worker is killed.
        var clipPath = await GeneratedClips.GetAsync("scaleout-disc-320x180-12s.mp4",
            LavfiClipOptions.Single(LavfiPattern.MovingDisc, 12, new FrameSize(320, 180), withAudio: false) with { FastStart = true });
        var file = await File.ReadAllBytesAsync(clipPath);
        await using var userA = await TestUser.RegisterAsync(stack.WebA);
        Assert.Contains("Admin", userA.Info.Roles); // the stack's first account
        await AdminSeesBothWorkersAsync(userA);
        var hubA = await userA.ConnectAsync();

        // Web B, with the cookie web A issued (the key ring is shared through Redis).
        await using var userB = await TestUserOn(stack.WebB, userA);
        var hubB = await userB.ConnectAsync();
        var progressOnB = new ConcurrentQueue<JobProgress>();
        var firstProgress = new TaskCompletionSource<JobProgress>(TaskCreationOptions.RunContinuationsAsynchronously);
        hubB.On<JobProgress>(nameof(IClipClient.JobProgressed), p =>
        {
            progressOnB.Enqueue(p);
            if (p.State == JobState.Running)
            {
                firstProgress.TrySetResult(p);
            }
        });

        var upload = await TestUploader.UploadAsync(hubA, "scaleout.mp4", file);
        var clipId = upload.ClipId ?? throw new InvalidOperationException($"Upload refused: {upload.Error}");
        await hubB.InvokeAsync(ClipHubContract.WatchClip, clipId);

        // The first progress web B relays: the job runs on a worker; find which one by the job record and kill it.
        var running = await firstProgress.Task.WaitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(clipId, running.ClipId);
        var owner = await WorkerOfAsync(running.JobId);
        var victim = stack.WorkerPids.Single(pid => owner.EndsWith($":{pid}", StringComparison.Ordinal));
        var survivor = stack.WorkerPids.Single(pid => pid != victim);
        Process.GetProcessById(victim).Kill();
        Assert.True(Process.GetProcessById(victim).WaitForExit(TimeSpan.FromSeconds(30)), "the killed worker is gone");

        var clip = await ClipWaiter.WaitUntilSettledAsync(userB.Http, clipId, TimeSpan.FromMinutes(6));
        Assert.True(clip.Status == ClipStatus.Ready, $"clip ended {clip.Status}: {clip.Error}");

        // The survivor finished it, on a second attempt; nothing of the first attempt was needed.
        // (The clip turns Ready inside the job; the job row is marked succeeded just after.)
        var clock = Stopwatch.StartNew();
        var (attempts, state) = await AttemptsAsync(running.JobId);
        while (state != JobState.Succeeded && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(200);
            (attempts, state) = await AttemptsAsync(running.JobId);
        }
        Assert.Equal(JobState.Succeeded, state);
        Assert.Equal(2, attempts);
        var survivorLog = await File.ReadAllTextAsync(Path.Combine(stack.LogFolder, stack.WorkerPids[0] == survivor ? "worker_1.log" : "worker_2.log"));
        Assert.Contains($"Job {running.JobId} succeeded", survivorLog, StringComparison.Ordinal);

        // Progress reached web B's client, up to the end.
        await WaitUntil(() => progressOnB.Any(p => p.JobId == running.JobId && p.State == JobState.Succeeded), TimeSpan.FromSeconds(30));

        // Maps: web B (which ran nothing) serves exactly what the object store holds, for every frame of the clip.
        var served = await userB.Http.GetByteArrayAsync(new Uri($"/api/clips/{clipId}/saliency/index", UriKind.Relative));
        var stored = await ReadObjectAsync($"clips/{clipId:N}/saliency/index.json");
        Assert.Equal(stored, served);
        var frames = await userB.Http.GetAsync(new Uri($"/api/clips/{clipId}/saliency/frames?from={clip.FrameCount - 1}&count=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, frames.StatusCode);
        Assert.Equal(file, await ReadObjectAsync($"clips/{clipId:N}/source"));
    }

    /// <summary>The operations dashboard's Workers tab on web A, signed in with the Admin's cookie, shows one row per worker process.</summary>
    private async Task AdminSeesBothWorkersAsync(TestUser admin)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = stack.WebA.ToString() });
        await context.AddCookiesAsync([.. admin.Cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = stack.WebA.Host, Path = "/", HttpOnly = c.HttpOnly,
        })]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByText("Workers", new() { Exact = true }).ClickAsync(new() { Timeout = 120_000 });
        var rows = page.GetByTestId("worker-row");
        foreach (var pid in stack.WorkerPids)
        {
            // Hangfire names a server host:pid:id; web nodes run no jobs, so only the two workers are listed.
            await rows.Filter(new() { HasTextRegex = new Regex($":{pid}(:|$)") }).First.WaitForAsync(new() { Timeout = 60_000 });
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("scaleout"), "admin-workers.png"), FullPage = true });
    }

    private static async Task<TestUser> TestUserOn(Uri baseAddress, TestUser signedIn)
    {
        var user = await TestUser.SignedInAsync(baseAddress, signedIn);
        var me = await user.Http.GetAsync(new Uri("/api/clips", UriKind.Relative));
        Assert.True(me.IsSuccessStatusCode, $"web B refused web A's cookie: {(int)me.StatusCode}");
        return user;
    }

    private async Task<string> WorkerOfAsync(Guid jobId)
    {
        await using var connection = new NpgsqlConnection(stack.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Worker\" FROM \"Jobs\" WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(int Attempts, JobState State)> AttemptsAsync(Guid jobId)
    {
        await using var connection = new NpgsqlConnection(stack.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Attempts\", \"State\" FROM \"Jobs\" WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), (JobState)reader.GetInt32(1));
    }

    private async Task<byte[]> ReadObjectAsync(string key)
    {
        using var s3 = new AmazonS3Client(new BasicAWSCredentials(stack.Settings["Storage__S3__AccessKey"], stack.Settings["Storage__S3__SecretKey"]),
            new AmazonS3Config { ServiceURL = stack.Settings["Storage__S3__ServiceUrl"], ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        using var response = await s3.GetObjectAsync(stack.Settings["Storage__S3__Bucket"], key);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < timeout, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
