using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using WebAttention.Core;
using WebAttention.Core.Hubs;
using WebAttention.Core.Reframing;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Server.Tests.Reframing;

/// <summary>Crop paths over HTTP: solved by the reframe job, read back, edited with keyframes, guarded per owner.</summary>
public sealed class ReframeApiTests(ReframeFixture fixture, ITestOutputHelper output) : IClassFixture<ReframeFixture>
{
    private HttpClient Http => fixture.Owner.Http;

    private Guid ClipId => fixture.Clip.Id;

    [Fact]
    public async Task Each_aspect_has_one_window_per_frame_of_that_aspect_inside_the_frame()
    {
        output.WriteLine(fixture.ReframeTimings);
        var summaries = (await Http.GetFromJsonAsync<CropPathSummary[]>(ApiRoutes.CropPaths(ClipId)))!;
        Assert.Equal(["1:1", "9:16"], summaries.Select(s => s.Aspect).Order(StringComparer.Ordinal));

        foreach (var aspect in ReframeFixture.Aspects)
        {
            var view = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, aspect)))!;
            var (w, h) = aspect == "9:16" ? (9, 16) : (1, 1);
            Assert.Equal(aspect, view.Aspect);
            Assert.Equal((320, 180), (view.SourceWidth, view.SourceHeight));
            Assert.Equal(fixture.Clip.FrameCount, view.Frames.Count);
            Assert.Equal(50, view.Frames.Count);
            Assert.NotEmpty(view.Shots);
            Assert.Equal(0, view.Shots[0].FirstFrame);
            Assert.Equal(50, view.Shots[^1].EndFrame);
            Assert.Contains(view.Keyframes, k => !k.Manual);
            foreach (var f in view.Frames)
            {
                Assert.False(f.Padded);
                Assert.True(f.X >= 0 && f.Y >= 0 && f.X + f.W <= 320 && f.Y + f.H <= 180, $"{f} leaves the frame");
                Assert.InRange(f.W, (f.H * w / (double)h) - 1, (f.H * w / (double)h) + 1);
            }
        }
    }

    [Fact]
    public async Task A_keyframe_edit_re_solves_its_span_makes_a_new_revision_and_tells_watchers()
    {
        var watcher = await fixture.Owner.ConnectAsync();
        var route = ApiRoutes.CropPathKeyframes(ClipId, "9:16");
        var start = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, "9:16")))!;
        var changed = new TaskCompletionSource<(Guid, string, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<Guid, string, int>(nameof(IClipClient.CropPathChanged), (clip, aspect, revision) =>
        {
            if (revision == start.Revision + 2)
            {
                changed.TrySetResult((clip, aspect, revision));
            }
        });
        await watcher.InvokeAsync(ClipHubContract.WatchClip, ClipId);

        // Pin frames 10 and 40 where they are, so the edit at 25 can only re-solve 10..40.
        var pins = new[] { Pin(start, 10), Pin(start, 40) };
        var pinned = await PutAsync(route, new KeyframeEdit(start.Revision, pins));
        Assert.Equal(start.Revision + 1, pinned.Revision);
        var f25 = pinned.Frames[25];
        var x = f25.X + (f25.W / 2.0);
        var target = x + 60 <= 320 - (f25.W / 2.0) ? x + 60 : x - 60;
        var edited = await PutAsync(route, new KeyframeEdit(pinned.Revision, [pins[0], new CropKeyframeView(25, target, 90, true), pins[1]]));

        Assert.Equal(start.Revision + 2, edited.Revision);
        var w = edited.Frames[25];
        Assert.InRange(w.X + (w.W / 2.0), target - 1, target + 1);
        Assert.InRange(w.Y + (w.H / 2.0), 89, 91);
        Assert.Contains(edited.Keyframes, k => k is { Frame: 25, Manual: true });
        for (var f = 0; f < 50; f++)
        {
            if (f < 10 || f > 40)
            {
                Assert.Equal(pinned.Frames[f], edited.Frames[f]);
            }
        }
        Assert.Equal((ClipId, "9:16", edited.Revision), await changed.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        using var stale = await Http.PutAsJsonAsync(route, new KeyframeEdit(pinned.Revision, pins));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("not the latest", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var older = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, "9:16") + $"?revision={pinned.Revision}"))!;
        Assert.Equal(pinned.Frames, older.Frames);
        var summary = (await Http.GetFromJsonAsync<CropPathSummary[]>(ApiRoutes.CropPaths(ClipId)))!.Single(s => s.Aspect == "9:16");
        Assert.Equal((edited.Revision, 3), (summary.Revision, summary.ManualKeyframes));
    }

    [Fact]
    public async Task Re_running_the_reframe_keeps_the_manual_keyframes()
    {
        var before = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, "1:1")))!;
        var frame = before.Frames[30];
        var keyframe = new CropKeyframeView(30, Math.Min(frame.X + (frame.W / 2.0) + 20, 320 - (frame.W / 2.0)), 90, true);
        var edited = await PutAsync(ApiRoutes.CropPathKeyframes(ClipId, "1:1"), new KeyframeEdit(before.Revision, [keyframe]));

        using var response = await Http.PostAsJsonAsync(ApiRoutes.CropPaths(ClipId), new ReframeRequestDto(["1:1"], "faster"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = (await response.Content.ReadFromJsonAsync<QueuedJob[]>())!;
        await fixture.WaitForJobsAsync(queued.Select(q => q.JobId), TimeSpan.FromMinutes(2));

        var after = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, "1:1")))!;
        Assert.Equal(edited.Revision + 1, after.Revision);
        Assert.Equal("faster", after.Preset);
        Assert.Contains(after.Keyframes, k => k.Manual && k.Frame == 30 && Math.Abs(k.CenterX - keyframe.CenterX) < 1e-6);
        var w = after.Frames[30];
        Assert.InRange(w.X + (w.W / 2.0), keyframe.CenterX - 1, keyframe.CenterX + 1);
    }

    [Fact]
    public async Task Bad_aspects_presets_and_keyframes_get_400_with_a_reason()
    {
        using var zero = await Http.PostAsJsonAsync(ApiRoutes.CropPaths(ClipId), new ReframeRequestDto(["0:5"]));
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("'0:5' is not an aspect ratio", await zero.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var none = await Http.PostAsJsonAsync(ApiRoutes.CropPaths(ClipId), new ReframeRequestDto([]));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        using var preset = await Http.PostAsJsonAsync(ApiRoutes.CropPaths(ClipId), new ReframeRequestDto(["9:16"], "warp"));
        Assert.Contains("not a motion preset", await preset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var export = await Http.PostAsJsonAsync(ApiRoutes.Exports(ClipId), new ExportRequest(["0:5"]));
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);

        var latest = (await Http.GetFromJsonAsync<CropPathView>(ApiRoutes.CropPath(ClipId, "9:16")))!;
        using var outside = await Http.PutAsJsonAsync(ApiRoutes.CropPathKeyframes(ClipId, "9:16"), new KeyframeEdit(latest.Revision, [new CropKeyframeView(500, 10, 10, true)]));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("outside the clip", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_user_gets_404_on_every_reframe_and_export_route()
    {
        await using var other = await TestUser.RegisterAsync(fixture.Factory.BaseAddress);
        var requests = new List<HttpRequestMessage>
        {
            new(HttpMethod.Get, ApiRoutes.CropPaths(ClipId)),
            new(HttpMethod.Get, ApiRoutes.CropPath(ClipId, "9:16")),
            new(HttpMethod.Get, ApiRoutes.CropPath(ClipId, "9:16") + "?revision=1"),
            new(HttpMethod.Post, ApiRoutes.CropPaths(ClipId)) { Content = JsonContent.Create(new ReframeRequestDto(["9:16"])) },
            new(HttpMethod.Put, ApiRoutes.CropPathKeyframes(ClipId, "9:16")) { Content = JsonContent.Create(new KeyframeEdit(1, [])) },
            new(HttpMethod.Post, ApiRoutes.Exports(ClipId)) { Content = JsonContent.Create(new ExportRequest(["9:16"])) },
            new(HttpMethod.Get, ApiRoutes.Exports(ClipId)),
        };
        requests.AddRange(new[] { "video", "json", "edl", "csv" }.Select(kind => new HttpRequestMessage(HttpMethod.Get, ApiRoutes.ExportFile(ClipId, "9:16", kind))));

        foreach (var request in requests)
        {
            var what = $"{request.Method} {request.RequestUri}";
            using (request)
            using (var response = await other.Http.SendAsync(request))
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what} answered {response.StatusCode}");
            }
        }
    }

    private static CropKeyframeView Pin(CropPathView view, int frame)
    {
        var w = view.Frames[frame];
        return new CropKeyframeView(frame, w.X + (w.W / 2.0), w.Y + (w.H / 2.0), true);
    }

    private async Task<CropPathView> PutAsync(string route, KeyframeEdit edit)
    {
        using var response = await Http.PutAsJsonAsync(route, edit);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CropPathView>())!;
    }
}
