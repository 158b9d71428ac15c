using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>The /live page on Chromium's fake camera: the fused pipeline on wasm (no WebGPU adapter headless), heatmap pixels over the video and a frames/s figure.</summary>
[Collection(BrowserInferenceCollection.Name)]
public sealed class LivePageTests(BrowserInferenceFixture fixture)
{
    [Fact]
    public async Task Live_page_draws_the_heatmap_over_the_camera_and_shows_frames_per_second()
    {
        await using var context = await fixture.SignedInContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("ready", new() { Timeout = CreatorPages.BootTimeoutMs });
        // The whole fused pipeline runs here, and the page says on which backend: headless Chromium has no WebGPU adapter.
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("+ faces + motion");
        var backend = page.GetByTestId("live-backend");
        await Assertions.Expect(backend).ToHaveAttributeAsync("data-backend", "wasm");
        await Assertions.Expect(backend).ToContainTextAsync("no WebGPU");

        await page.GetByTestId("live-camera").ClickAsync();
        var fps = page.GetByTestId("live-fps");
        await fps.WaitForAsync(new() { Timeout = 60_000 });

        var framesPerSecond = double.Parse(await fps.GetAttributeAsync("data-fps") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var pixels = await page.EvaluateAsync<int[]>(
            """
            () => {
              const c = document.querySelector('[data-testid=live-overlay]');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let painted = 0, peak = 0;
              for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) painted++; peak = Math.max(peak, d[i]); }
              return [c.width, c.height, painted, peak];
            }
            """);
        var video = await page.Locator("video").BoundingBoxAsync();
        var overlay = await page.GetByTestId("live-overlay").BoundingBoxAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("e2e"), "live-fake-camera.png") });

        Assert.True(framesPerSecond > 0, $"frames/s {framesPerSecond}");
        Assert.Equal((640, 360), (pixels[0], pixels[1]));
        Assert.True(pixels[2] > 0, "no heatmap pixels on the overlay");
        Assert.True(video is not null && overlay is not null, "video or overlay not laid out");
        Assert.Equal((video.X, video.Y, video.Width, video.Height), (overlay.X, overlay.Y, overlay.Width, overlay.Height));
        Assert.True(pixels[3] >= 150, $"the map's peak is drawn faintly (alpha {pixels[3]})");
    }
}
