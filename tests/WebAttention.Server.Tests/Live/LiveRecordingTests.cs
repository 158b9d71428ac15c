using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Live;
using WebAttention.Core.Saliency;
using WebAttention.Server.Tests.Infrastructure;
using WebAttention.Testing;

namespace WebAttention.Server.Tests.Live;

/// <summary>A recorded live session becomes an ordinary clip of the library, analysed with a map and faces for every frame.</summary>
public sealed class LiveRecordingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_recorded_session_becomes_a_clip_in_the_library_with_a_map_per_frame()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var saved = new TaskCompletionSource<LiveRecordingOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<LiveRecordingOutcome>(nameof(ILiveClient.LiveRecordingSaved), o => saved.TrySetResult(o));
        var jpeg = await LiveFrames.JpegAsync(20);
        // Captured 40 ms apart: a 25 frames/s recording.
        var frames = jpeg.Select((f, i) => LiveFrames.Jpeg(i, f, 1000 + (i * 40.0))).ToList();

        var results = await SendAllAsync(connection, frames);
        var outcome = await saved.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(frames.Count, results.Count);
        Assert.Null(outcome.Error);
        Assert.Equal(frames.Count, outcome.Frames);
        var clip = await ClipWaiter.WaitUntilSettledAsync(user.Http, outcome.ClipId!.Value, TimeSpan.FromMinutes(10));
        Assert.Equal(ClipStatus.Ready, clip.Status);
        Assert.Equal((LiveFrames.Width, LiveFrames.Height), (clip.Width, clip.Height));
        Assert.Equal(25, clip.FrameRate, 1);
        var library = await user.Http.GetFromJsonAsync<ClipSummary[]>(ApiRoutes.Clips);
        Assert.Contains(library!, c => c.Id == clip.Id && c.Title.StartsWith("Live ", StringComparison.Ordinal));
        var index = await user.Http.GetFromJsonAsync<SaliencyIndex>(ApiRoutes.SaliencyIndex(clip.Id));
        Assert.Equal(frames.Count, index!.FrameCount);
        var faces = await user.Http.GetFromJsonAsync<ClipFacesView>(ApiRoutes.Faces(clip.Id));
        Assert.Contains(faces!.Frames, f => f.Faces.Count > 0);
    }

    [Fact]
    public async Task Raw_frames_cannot_be_recorded_and_the_reason_is_given()
    {
        await using var user = await TestUser.RegisterAsync(fixture.BaseAddress);
        var connection = await user.ConnectAsync(route: LiveHubContract.Route);
        var rgb = await LiveFrames.RgbAsync(1);

        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => SendAllAsync(connection, [LiveFrames.Rgb(0, rgb[0])]));

        Assert.Contains("Only JPEG frames can be recorded", error.Message, StringComparison.Ordinal);
    }

    private static Task<List<LiveFrameResult>> SendAllAsync(HubConnection connection, IReadOnlyList<LiveFrame> frames) =>
        LiveHubTests.SendAllAsync(connection, new LiveSessionRequest("9:16", Record: true), frames);
}
