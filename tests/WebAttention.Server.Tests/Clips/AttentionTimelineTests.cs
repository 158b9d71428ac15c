using System.Net;
using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Saliency;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Clips;

/// <summary>The attention timeline of an analysed clip, and who may read it.</summary>
public sealed class AttentionTimelineTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_analysed_clip_has_a_timeline_sample_per_frame_cached_beside_its_maps()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var clip = await ClipWaiter.UploadUntilReadyAsync(user, "timeline.mp4", fixture.Clip);

        var timeline = await user.Http.GetFromJsonAsync<AttentionTimelineView>(ApiRoutes.AttentionTimeline(clip.Id));

        Assert.Equal(1, timeline!.Step);
        Assert.Equal(clip.FrameCount, timeline.FrameCount);
        Assert.Equal(clip.FrameCount, timeline.Focus.Length);
        Assert.All(timeline.Focus, f => Assert.InRange(f, 0f, 1f));
        Assert.All(timeline.CentroidX, x => Assert.InRange(x, 0f, 1f));
        var cache = Path.Combine(fixture.Factory.DataRoot, "clips", clip.Id.ToString("N"), "saliency", "attention-timeline.json");
        Assert.True(File.Exists(cache), $"No cache at {cache}.");
        var again = await user.Http.GetFromJsonAsync<AttentionTimelineView>(ApiRoutes.AttentionTimeline(clip.Id));
        Assert.Equal(timeline.CentroidX, again!.CentroidX);
    }

    [Fact]
    public async Task Another_user_gets_404_and_no_session_gets_401()
    {
        await using var owner = await TestUser.RegisterAsync(fixture.BaseAddress);
        await using var other = await TestUser.RegisterAsync(fixture.BaseAddress);
        var upload = await TestUploader.UploadAsync(await owner.ConnectAsync(), "private.mp4", fixture.Clip);
        using var anonymous = new HttpClient { BaseAddress = fixture.BaseAddress };

        using var foreign = await other.Http.GetAsync(ApiRoutes.AttentionTimeline(upload.ClipId!.Value));
        using var unknown = await owner.Http.GetAsync(ApiRoutes.AttentionTimeline(Guid.NewGuid()));
        using var signedOut = await anonymous.GetAsync(ApiRoutes.AttentionTimeline(upload.ClipId.Value));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }
}
