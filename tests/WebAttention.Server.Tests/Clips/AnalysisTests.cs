using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Core.Saliency;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Clips;

/// <summary>An uploaded clip goes through the analysis job and its maps are served by frame range.</summary>
public sealed class AnalysisTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_uploaded_clip_is_analysed_with_progress_pushed_and_a_map_for_every_frame()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();
        var progress = new List<JobProgress>();
        hub.On<JobProgress>(nameof(IClipClient.JobProgressed), p => { lock (progress) { progress.Add(p); } });

        var upload = await TestUploader.UploadAsync(hub, "pattern.mp4", fixture.Clip);
        await hub.InvokeAsync(ClipHubContract.WatchClip, upload.ClipId!.Value);
        var clip = await ClipWaiter.WaitUntilSettledAsync(user.Http, upload.ClipId.Value, TimeSpan.FromMinutes(3));

        Assert.True(clip.Status == ClipStatus.Ready, clip.Error);
        var index = await user.Http.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(clip.Id));
        Assert.Equal(clip.FrameCount, index!.FrameCount);
        Assert.Equal(100, index.FrameCount);
        Assert.Equal("CPU", index.Device);

        var frames = await user.Http.GetByteArrayAsync(ApiRoutes.SaliencyFrames(clip.Id, 60, 30));
        Assert.Equal(30 * index.FrameBytes, frames.Length);
        Assert.Contains(frames, b => b == 255); // every map is peak-normalised

        var chunk = await user.Http.GetByteArrayAsync(ApiRoutes.SaliencyChunk(clip.Id, 0));
        Assert.Equal(index.Chunks[0].FrameCount * index.FrameBytes, chunk.Length);

        using var video = await user.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Video(clip.Id)) { Headers = { Range = new(0, 99) } });
        Assert.Equal(HttpStatusCode.PartialContent, video.StatusCode);

        lock (progress)
        {
            Assert.Contains(progress, p => p.Stage == "analyse" && p.FramesDone > 0 && p.Device == "CPU");
            Assert.Contains(progress, p => p.State == JobState.Succeeded);
            // One total for the analysis (all frames), counting only up: no jumping between the pipeline's stages.
            var analysing = progress.Where(p => p.Stage == "analyse" && p.State == JobState.Running).ToList();
            Assert.All(analysing, p => Assert.Equal(clip.FrameCount, p.FramesTotal));
            Assert.Equal(analysing.Select(p => p.FramesDone).Order(), analysing.Select(p => p.FramesDone));
        }
    }

    [Fact]
    public async Task Another_user_cannot_read_a_clip_its_video_or_its_maps()
    {
        await using var owner = await TestUser.RegisterAsync(fixture.BaseAddress);
        await using var other = await TestUser.RegisterAsync(fixture.BaseAddress);
        var upload = await TestUploader.UploadAsync(await owner.ConnectAsync(), "private.mp4", fixture.Clip);
        var id = upload.ClipId!.Value;

        foreach (var route in new[] { ApiRoutes.Clip(id), ApiRoutes.Video(id), ApiRoutes.SaliencyIndex(id), ApiRoutes.SaliencyChunk(id, 0) })
        {
            using var response = await other.Http.GetAsync(route);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var delete = await other.Http.DeleteAsync(ApiRoutes.Clip(id));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty((await other.Http.GetFromJsonAsync<ClipSummary[]>(ApiRoutes.Clips))!);
        var hub = await other.ConnectAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.InvokeAsync(ClipHubContract.WatchClip, id));
    }

    [Fact]
    public async Task Api_calls_without_a_session_get_401_not_a_redirect()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.BaseAddress };

        using var response = await anonymous.GetAsync(ApiRoutes.Clips);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_page_opened_without_a_session_redirects_to_the_sign_in_page()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.BaseAddress };

        using var response = await anonymous.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_clip_removes_its_files()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var upload = await TestUploader.UploadAsync(await user.ConnectAsync(), "gone.mp4", fixture.Clip);
        var folder = Path.Combine(fixture.Factory.DataRoot, "clips", upload.ClipId!.Value.ToString("N"));
        Assert.True(Directory.Exists(folder));

        using var response = await user.Http.DeleteAsync(ApiRoutes.Clip(upload.ClipId.Value));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Directory.Exists(folder));
        using var after = await user.Http.GetAsync(ApiRoutes.Clip(upload.ClipId.Value));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}
