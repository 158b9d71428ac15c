using System.Net.Http.Json;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Clips;

/// <summary>
/// The clip DTO carries the clip's real frame rate and its on-screen size from the upload on, before any reframe
/// (issue 9 items 2 and 8): the player needs both from its first render.
/// </summary>
public sealed class ClipTimingAndShapeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_15_fps_clip_with_16_15_pixels_is_described_at_15_fps_and_its_4_3_display_size()
    {
        var options = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(192, 144), 15) with { SampleAspect = (16, 15) };
        var file = await GeneratedClips.GetAsync("disc-15fps-sar16x15-2s.mp4", options);
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var hub = await user.ConnectAsync();

        var result = await TestUploader.UploadAsync(hub, "pal.mp4", await File.ReadAllBytesAsync(file));

        Assert.Null(result.Error);
        var clip = await user.Http.GetFromJsonAsync<ClipSummary>(ApiRoutes.Clip(result.ClipId!.Value));
        Assert.Equal((15.0, 30L), (clip!.FrameRate, clip.FrameCount));
        Assert.Equal((192, 144), (clip.Width, clip.Height)); // stored 180x144
    }
}
