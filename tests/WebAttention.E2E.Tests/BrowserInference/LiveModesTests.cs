using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Live;
using WebAttention.E2E.Tests.Support;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>
/// The /live page's two modes on Chromium's fake camera: server mode gets a map back for the frames it sends; local mode
/// sends no frame anywhere. Frames to wait for: WEBATTENTION_LIVE_E2E_FRAMES (default 20; about 20 s of camera at the
/// answer rate a loaded 2-core CI machine gives).
/// </summary>
[Collection(BrowserInferenceCollection.Name)]
public sealed class LiveModesTests(BrowserInferenceFixture fixture, ITestOutputHelper output)
{
    private static readonly int Frames =
        int.TryParse(Environment.GetEnvironmentVariable("WEBATTENTION_LIVE_E2E_FRAMES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;

    [Fact]
    public async Task Server_mode_gets_a_map_back_for_at_least_95_percent_of_the_frames_it_sends()
    {
        await using var context = await fixture.SignedInContextAsync();
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.GetByTestId("live-mode-server").ClickAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByTestId("live-mode-running")).ToContainTextAsync("Running on the server", new() { Timeout = 60_000 });

        await page.GetByTestId("live-server-camera").ClickAsync();
        var status = page.GetByTestId("live-server-status");
        await page.WaitForFunctionAsync(
            "n => Number(document.querySelector('[data-testid=live-server-status]')?.dataset.answered ?? 0) >= n",
            Frames, new() { Timeout = 600_000, PollingInterval = 250 });
        await Assertions.Expect(page.GetByTestId("live-server-badge")).ToContainTextAsync("latency p50");
        var painted = await page.EvaluateAsync<int>(
            """
            () => {
              const c = document.querySelector('[data-testid=live-server-overlay]');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let painted = 0;
              for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted++;
              return painted;
            }
            """);
        var badge = await page.GetByTestId("live-server-badge").InnerTextAsync();
        await page.GetByTestId("live-server-stop").ClickAsync();
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "Stopped", new() { Timeout = 60_000 });

        var sent = long.Parse(await status.GetAttributeAsync("data-sent") ?? "0", CultureInfo.InvariantCulture);
        var answered = long.Parse(await status.GetAttributeAsync("data-answered") ?? "0", CultureInfo.InvariantCulture);
        var dropped = await status.GetAttributeAsync("data-dropped-client");
        output.WriteLine($"sent {sent}, answered {answered} ({100.0 * answered / Math.Max(1, sent):0.0} %), dropped before sending {dropped}; {badge}; {await status.InnerTextAsync()}");
        Assert.True(sent >= Frames, $"sent {sent}");
        Assert.True(answered >= 0.95 * sent, $"answered {answered} of {sent}");
        Assert.True(painted > 0, "no map drawn over the video");
    }

    [Fact]
    public async Task A_recorded_server_session_becomes_a_clip_in_the_library_with_a_map_per_frame()
    {
        await using var context = await fixture.SignedInContextAsync();
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.GetByTestId("live-mode-server").ClickAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.GetByText("Record as a clip").ClickAsync(new() { Timeout = 60_000 });
        await page.GetByTestId("live-server-camera").ClickAsync();
        await page.WaitForFunctionAsync(
            "n => Number(document.querySelector('[data-testid=live-server-status]')?.dataset.answered ?? 0) >= n",
            Math.Min(Frames, 10), new() { Timeout = 600_000, PollingInterval = 250 });
        await page.GetByTestId("live-server-stop").ClickAsync();

        var recorded = page.GetByTestId("live-server-recorded");
        await recorded.WaitForAsync(new() { Timeout = 180_000 });
        var sent = long.Parse(await page.GetByTestId("live-server-status").GetAttributeAsync("data-sent") ?? "0", CultureInfo.InvariantCulture);
        var clipId = Guid.Parse(await recorded.GetAttributeAsync("data-clip") ?? "");
        var clip = await WaitForClipAsync(context, clipId);
        var index = await context.APIRequest.GetAsync(ApiRoutes.SaliencyIndex(clipId));
        var frames = (await index.JsonAsync())!.Value.GetProperty("frameCount").GetInt64();
        output.WriteLine($"sent {sent}; clip '{clip.Title}' {clip.FrameCount} frames, {frames} maps");

        await page.GotoAsync("/", new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByText(clip.Title).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(sent, clip.FrameCount);
        Assert.Equal(sent, frames);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static async Task<ClipSummary> WaitForClipAsync(IBrowserContext context, Guid clipId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            var clip = (await (await context.APIRequest.GetAsync(ApiRoutes.Clip(clipId))).JsonAsync())!.Value.Deserialize<ClipSummary>(Json)!;
            if (clip.Status is ClipStatus.Ready or ClipStatus.Failed || DateTime.UtcNow > deadline)
            {
                Assert.Equal(ClipStatus.Ready, clip.Status);
                return clip;
            }

            await Task.Delay(500); // polling the analysis job's state, not an assertion
        }
    }

    [Fact]
    public async Task Local_mode_sends_no_frame_to_the_server()
    {
        await using var context = await fixture.SignedInContextAsync();
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        var largestSocketFrame = 0;
        var uploads = new List<string>();
        page.WebSocket += (_, socket) =>
        {
            lock (sockets)
            {
                sockets.Add(socket.Url);
            }

            socket.FrameSent += (_, frame) => Interlocked.Exchange(ref largestSocketFrame, Math.Max(largestSocketFrame, frame.Binary?.Length ?? frame.Text?.Length ?? 0));
        };
        page.Request += (_, request) =>
        {
            if (request.Method != "GET")
            {
                lock (uploads)
                {
                    uploads.Add($"{request.Method} {request.Url} ({request.PostDataBuffer?.Length ?? 0} B)");
                }
            }
        };
        await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByTestId("live-mode-running")).ToContainTextAsync("nothing leaves it", new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("ready", new() { Timeout = CreatorPages.BootTimeoutMs });

        await page.GetByTestId("live-camera").ClickAsync();
        await page.GetByTestId("live-fps").WaitForAsync(new() { Timeout = 120_000 });
        // Analysis is running; let it run for several more seconds' worth of frames (one fps report a second).
        for (var i = 0; i < 3; i++)
        {
            var before = await page.GetByTestId("live-fps").GetAttributeAsync("data-fps");
            await page.WaitForFunctionAsync("v => document.querySelector('[data-testid=live-fps]')?.dataset.fps !== v", before, new() { Timeout = 60_000 });
        }

        output.WriteLine($"sockets: {string.Join(", ", sockets)}; largest frame sent {largestSocketFrame} B; non-GET requests: {string.Join("; ", uploads)}");
        Assert.DoesNotContain(sockets, url => url.Contains(LiveHubContract.Route, StringComparison.Ordinal));
        // A 320×180 JPEG is several KB and raw frames far more; hub keep-alives and calls are tiny.
        Assert.True(largestSocketFrame < 2048, $"a {largestSocketFrame} B websocket frame left the page");
        Assert.DoesNotContain(uploads, u => !u.EndsWith("(0 B)", StringComparison.Ordinal) && !u.Contains("/negotiate", StringComparison.Ordinal));
    }
}
