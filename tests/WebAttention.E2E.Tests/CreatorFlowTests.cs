using System.Diagnostics;
using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>A creator in Debian's Chromium: register, upload a generated clip, wait for analysis, see the heatmap.</summary>
public sealed class CreatorFlowTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    [Fact]
    public async Task A_creator_registers_uploads_a_clip_and_sees_the_attention_overlay_drawn()
    {
        var clip = await GeneratedClips.MovingDiscAsync();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output);
        var clock = Stopwatch.StartNew();

        await CreatorPages.RegisterAsync(page, "creator@example.test");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-library.png") });

        await page.GetByTestId("file-input").SetInputFilesAsync(clip);
        var link = page.GetByTestId("clip-link").First;
        await link.WaitForAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-uploaded.png") });
        await page.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 180_000 });
        await link.ClickAsync();

        var canvas = page.GetByTestId("saliency-canvas");
        await canvas.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByTestId("clip-video").EvaluateAsync("v => { v.muted = true; return v.play(); }");
        await page.WaitForFunctionAsync(
            "() => Number(document.querySelector('[data-testid=saliency-canvas]')?.dataset.framesDrawn ?? 0) > 5",
            null, new() { Timeout = 60_000 });

        // Overlay drawing rate while playing (a figure, not an assertion): frames drawn per second of wall time.
        var rate = await canvas.EvaluateAsync<double>(@"async c => {
            const v = document.querySelector('[data-testid=clip-video]');
            v.currentTime = 0; await v.play();
            const start = Number(c.dataset.framesDrawn), t0 = performance.now();
            await new Promise(r => setTimeout(r, 1500));
            return (Number(c.dataset.framesDrawn) - start) * 1000 / (performance.now() - t0);
        }");
        output.WriteLine($"Overlay drawn at {rate:0.0} frames/s while playing a 25 fps clip");
        var coloured = await canvas.EvaluateAsync<int>(@"c => {
            const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++;
            return n;
        }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-overlay.png") });
        output.WriteLine($"Creator flow took {clock.Elapsed.TotalSeconds:0.0} s; {coloured} overlay pixels drawn");

        Assert.True(coloured > 100, $"Only {coloured} overlay pixels were drawn.");
    }
}
