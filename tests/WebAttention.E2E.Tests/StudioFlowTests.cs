using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebAttention.Core;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Configuration;
using WebAttention.Media.Decoding;
using WebAttention.Media.Probing;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// The whole creator flow in Debian's Chromium: upload → analysis → reframe 9:16 → drag the crop box
/// (a manual keyframe) → export → download an MP4 whose size is 9:16 and whose crop follows the keyframe →
/// resize the crop window by a corner and see the path re-solved with smaller windows there only.
/// </summary>
public sealed class StudioFlowTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private const int EditedFrame = 25;
    private const int ResizedFrame = 10;
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    [Fact]
    public async Task Upload_reframe_drag_a_keyframe_export_and_download_a_9x16_video_that_follows_the_edit()
    {
        var clock = Stopwatch.StartNew();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 1000 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);

        // Register and upload a clip of a disc moving left to right.
        await CreatorPages.RegisterAsync(page, "studio@example.test");
        await page.GetByTestId("file-input").SetInputFilesAsync(await GeneratedClips.MovingDiscAsync());
        await page.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 180_000 });
        await page.GetByTestId("clip-link").First.ClickAsync();
        var clipId = Guid.Parse(page.Url.Split('/').Last());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-1-clip.png"), FullPage = true });
        await AssertChartMarkersOnThePlotAreaAsync(page, "studio-chart-1366.png");
        await page.SetViewportSizeAsync(1920, 1080);
        await AssertChartMarkersOnThePlotAreaAsync(page, "studio-chart-1920.png");
        await page.SetViewportSizeAsync(1366, 1000);

        // Reframe to 9:16 only.
        await page.GetByTestId("reframe-panel").WaitForAsync(new() { Timeout = 60_000 });
        foreach (var chip in await page.Locator("[data-testid=aspect-chip][data-selected=true]").AllAsync())
        {
            await chip.ClickAsync();
        }
        await page.Locator("[data-testid=aspect-chip][data-aspect='9:16']").ClickAsync();
        await page.GetByTestId("reframe-button").ClickAsync();
        var lane = page.Locator("[data-testid=timeline-lane][data-aspect='9:16']");
        await lane.WaitForAsync(new() { Timeout = 120_000 });
        var before = await GetPathAsync(context, clipId);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-2-reframed.png"), FullPage = true });

        // Go to frame 25 and drag the crop box to the left edge: a manual keyframe there.
        await page.GetByTestId("clip-video").EvaluateAsync($"v => {{ v.pause(); v.currentTime = {(EditedFrame + 0.5) / 25.0:0.###}; }}");
        var box = page.GetByTestId("crop-box");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=crop-box]')?.dataset.frame === '{EditedFrame}'", null, new() { Timeout = 30_000 });
        await box.ScrollIntoViewIfNeededAsync();
        var bounds = (await box.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(bounds.X + (bounds.Width / 2), bounds.Y + (bounds.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(bounds.X - 400, bounds.Y + (bounds.Height / 2), new() { Steps = 10 });
        var dropped = Stopwatch.StartNew();
        await page.Mouse.UpAsync();
        try
        {
            await page.Locator($"[data-testid=timeline-lane][data-aspect='9:16'][data-revision='{before.Revision + 1}']").WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            output.WriteLine(server.Server.Log);
            output.WriteLine(await box.EvaluateAsync<string>("b => JSON.stringify(b.dataset) + ' hidden=' + b.hidden"));
            throw;
        }
        output.WriteLine($"Drag released → re-solved path shown (revision {before.Revision + 1}): {dropped.ElapsedMilliseconds} ms");
        await page.Locator($"[data-testid=keyframe][data-frame='{EditedFrame}'][data-manual=true]").First.WaitForAsync(new() { Timeout = 30_000 });
        var after = await GetPathAsync(context, clipId);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-3-keyframe.png"), FullPage = true });

        var edited = after.Frames[EditedFrame];
        Assert.True(edited.X <= 1, $"The dragged window should sit at the left edge, not x={edited.X}.");
        Assert.True(before.Frames[EditedFrame].X > edited.X + 20, "The edit did not move the window.");

        // Export 9:16 and download the video.
        await page.GetByTestId("export-button").ClickAsync();
        await page.GetByTestId("export-confirm").ClickAsync();
        var link = page.Locator("[data-testid=download-link][data-kind=video][data-aspect='9:16']");
        try
        {
            await link.WaitForAsync(new() { Timeout = 180_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-4-export-timeout.png"), FullPage = true });
            output.WriteLine(await (await context.APIRequest.GetAsync(ApiRoutes.Exports(clipId))).TextAsync());
            output.WriteLine(server.Server.Log);
            throw;
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-4-exported.png"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var file = Path.Combine(Shots, "studio-export-9x16.mp4");
        await download.SaveAsAsync(file);
        output.WriteLine($"Studio flow took {clock.Elapsed.TotalSeconds:0.0} s");

        var ffmpeg = Options.Create(new FfmpegOptions());
        var probe = new FfprobeVideoProbe(ffmpeg, Options.Create(new MediaLimits()));
        var info = await probe.GetVideoInfoAsync(file, CancellationToken.None);
        Assert.Equal(9.0 / 16.0, (double)info.Width / info.Height, 2);
        Assert.Equal(50, info.FrameCount);

        // At the edited frame the window was dragged away from the disc: the rendered picture is dark there,
        // while a few frames before the edit's span the solved window still holds the bright disc.
        var brightness = await MeanBrightnessAsync(new FfmpegFrameDecoder(probe, ffmpeg), file);
        output.WriteLine($"frame {EditedFrame} brightness {brightness[EditedFrame]:0.0}, frame 0 brightness {brightness[0]:0.0}");
        Assert.True(brightness[EditedFrame] < brightness.Max() / 2, "The export does not follow the moved keyframe.");

        // Resize the 9:16 window by its bottom-right corner at frame 10: a zoomed keyframe, smaller windows there.
        await page.GetByTestId("clip-video").EvaluateAsync($"v => {{ v.pause(); v.currentTime = {(ResizedFrame + 0.5) / 25.0:0.###}; }}");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=crop-box]')?.dataset.frame === '{ResizedFrame}'", null, new() { Timeout = 30_000 });
        var corner = page.Locator("[data-testid=crop-handle][data-corner=se]");
        await corner.ScrollIntoViewIfNeededAsync();
        var handle = (await corner.BoundingBoxAsync())!;
        var boxBounds = (await box.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(handle.X + (handle.Width / 2), handle.Y + (handle.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(handle.X - (boxBounds.Width / 4), handle.Y - (boxBounds.Height / 4), new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.Locator($"[data-testid=timeline-lane][data-aspect='9:16'][data-revision='{after.Revision + 1}']").WaitForAsync(new() { Timeout = 60_000 });
        var resized = await GetPathAsync(context, clipId);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "studio-5-resized.png"), FullPage = true });
        var zoomed = Assert.Single(resized.Keyframes, k => k.Manual && k.Frame == ResizedFrame);
        output.WriteLine($"Resized keyframe zoom {zoomed.Zoom:0.00}: window {resized.Frames[ResizedFrame].W}x{resized.Frames[ResizedFrame].H} (was {after.Frames[ResizedFrame].W}x{after.Frames[ResizedFrame].H})");
        Assert.True(zoomed.Zoom > 1.2, $"The resize should zoom in, not {zoomed.Zoom}.");
        Assert.True(resized.Frames[ResizedFrame].W < after.Frames[ResizedFrame].W, "The re-solved window at the resized frame is not smaller.");
        Assert.Equal(9.0 / 16.0, (double)resized.Frames[ResizedFrame].W / resized.Frames[ResizedFrame].H, 1);

        // The resize is local: frame 0 eases back towards the automatic size (before, the zoom was held over the whole
        // shot), and from the dragged keyframe on (zoom of the box shown there, about 1) the sizes are as they were.
        output.WriteLine($"After the resize: frame 0 {resized.Frames[0].W}x{resized.Frames[0].H}, frame {ResizedFrame} {resized.Frames[ResizedFrame].W}x{resized.Frames[ResizedFrame].H}");
        Assert.True(resized.Frames[0].W > resized.Frames[ResizedFrame].W, "The resize at frame 10 zoomed frame 0 as much as frame 10.");
        Assert.All(Enumerable.Range(EditedFrame, resized.Frames.Count - EditedFrame),
            f => Assert.Equal((after.Frames[f].W, after.Frames[f].H), (resized.Frames[f].W, resized.Frames[f].H)));
    }

    /// <summary>
    /// The cut and playhead markers sit over MudBlazor's plot area: its two horizontal grid lines (values 0 and 1) span
    /// exactly that area, so their box must be the overlay's box, at whatever width the page has.
    /// </summary>
    private async Task AssertChartMarkersOnThePlotAreaAsync(IPage page, string shot)
    {
        const string Offset = """
            () => {
                const grid = document.querySelector('[data-testid=attention-series] .mud-charts-gridlines-yaxis')?.getBoundingClientRect();
                const area = document.querySelector('[data-testid=chart-plot-area]')?.getBoundingClientRect();
                const series = document.querySelectorAll('[data-testid=attention-series] .mud-charts-line-series path').length;
                if (!grid || !area || series !== 2 || grid.width === 0) return null;
                return Math.max(Math.abs(grid.left - area.left), Math.abs(grid.right - area.right), Math.abs(grid.top - area.top), Math.abs(grid.bottom - area.bottom));
            }
            """;
        var chart = page.GetByTestId("attention-chart");
        await chart.ScrollIntoViewIfNeededAsync();
        try
        {
            // The chart redraws for a new width after a short debounce.
            await page.WaitForFunctionAsync($"() => {{ const d = ({Offset})(); return d !== null && d < 1; }}", null, new() { Timeout = 15_000 });
        }
        finally
        {
            await chart.ScreenshotAsync(new() { Path = Path.Combine(Shots, shot) });
        }
        output.WriteLine($"{shot}: markers within {await page.EvaluateAsync<double>(Offset):0.00} px of the plot area");
    }

    private static async Task<CropPathView> GetPathAsync(IBrowserContext context, Guid clipId)
    {
        var response = await context.APIRequest.GetAsync(ApiRoutes.CropPath(clipId, "9:16"));
        Assert.True(response.Ok, $"GET crop path: {response.Status}");
        return JsonSerializer.Deserialize<CropPathView>(await response.TextAsync(), JsonSerializerOptions.Web)!;
    }

    private static async Task<List<double>> MeanBrightnessAsync(FfmpegFrameDecoder decoder, string file)
    {
        var means = new List<double>();
        await foreach (var frame in decoder.DecodeAsync(file, new FrameSize(36, 64), CancellationToken.None))
        {
            means.Add(frame.Rgb.Average(b => (double)b));
        }
        return means;
    }
}
