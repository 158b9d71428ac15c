using Microsoft.Playwright;
using WebAttention.Core.Media;
using WebAttention.E2E.Tests.Support;
using WebAttention.Media.TestClips;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// Issue 9 items 2 and 8 in Debian's Chromium, before any reframe: a 15 fps clip stored with 16:15 pixels. The frame
/// number shown is currentTime × 15 (not × 30) after seeking with the seek bar, setting the time and stepping; the
/// browser proxy is 4:3 on screen.
/// </summary>
public sealed class FrameRatePlayerTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private const double Rate = 15;
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    /// <summary>4 s at 15 fps (60 frames), 192x144 on screen, stored 180x144 with 16:15 pixels.</summary>
    private static readonly LavfiClipOptions Clip =
        LavfiClipOptions.Single(LavfiPattern.MovingDisc, 4, new FrameSize(192, 144), Rate) with { SampleAspect = (16, 15), FastStart = true };

    [Fact]
    public async Task The_frame_shown_is_current_time_times_the_clips_rate_after_seeks_and_steps()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await CreatorPages.RegisterAsync(page, "frames@example.test");
        await page.GetByTestId("file-input").SetInputFilesAsync(await GeneratedClips.GetAsync("disc-15fps-sar16x15.mp4", Clip));
        await page.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 180_000 });
        await page.GetByTestId("clip-link").First.ClickAsync();
        var video = page.GetByTestId("clip-video");
        await video.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=clip-video]')?.readyState >= 2", null, new() { Timeout = 60_000 });

        // The browser copy has square pixels: 4:3 on screen.
        var (width, height) = (await video.EvaluateAsync<int>("v => v.videoWidth"), await video.EvaluateAsync<int>("v => v.videoHeight"));
        Assert.Equal(4.0 / 3, (double)width / height, 2);

        // The seek bar: frame 45 of 60 is 3.0–3.067 s at 15 fps (at an assumed 30 fps it would be 1.5 s).
        await page.GetByTestId("seek-bar").EvaluateAsync("s => { s.value = '45'; s.dispatchEvent(new Event('change', { bubbles: true })); }");
        await AssertFrameAsync(page, 45);

        // Setting the time: 2.0 s is frame 30 (not 60).
        await video.EvaluateAsync("v => { v.currentTime = 2.0; }");
        await AssertFrameAsync(page, 30);

        // Next and previous frame move exactly one frame each press.
        await page.GetByTestId("step-forward").ClickAsync();
        await AssertFrameAsync(page, 31);
        await page.GetByTestId("step-forward").ClickAsync();
        await AssertFrameAsync(page, 32);
        await page.GetByTestId("step-back").ClickAsync();
        await AssertFrameAsync(page, 31);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "frames-15fps.png"), FullPage = true });
    }

    // The timecode shows `frame` and the video's time agrees: floor(currentTime × 15) = frame.
    private async Task AssertFrameAsync(IPage page, long frame)
    {
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=timecode]')?.dataset.frame === '{frame}'", null, new() { Timeout = 30_000 });
        var time = await page.GetByTestId("clip-video").EvaluateAsync<double>("v => v.currentTime");
        var text = await page.GetByTestId("timecode").TextContentAsync();
        output.WriteLine($"frame {frame}: currentTime {time:0.0000} s, timecode '{text}'");
        Assert.Equal(frame, (long)Math.Floor((time * Rate) + FrameClock.Epsilon));
        Assert.EndsWith($"frame {frame}", text, StringComparison.Ordinal);
        Assert.Equal(new FrameClock(Rate, 60).Timecode(frame), text);
    }
}
