using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests.Preview;

/// <summary>
/// A server whose analysis jobs wait after the browser copy while <see cref="HoldFile"/> exists (Jobs:AnalysisHoldFile),
/// so a test sees the clip page mid-analysis for as long as it needs, then lets the job finish by deleting the file.
/// </summary>
public sealed class HeldAnalysisServerFixture : IAsyncLifetime
{
    public HeldAnalysisServerFixture()
    {
        HoldFile = Path.Combine(Path.GetTempPath(), $"wa-hold-{Guid.NewGuid():N}");
        Server = new ServerProcess($"--Inference:ModelsRoot={ServerFixture.ModelsFolder}", $"--Jobs:AnalysisHoldFile={HoldFile}");
    }

    public string HoldFile { get; }

    public ServerProcess Server { get; }

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync()
    {
        File.Delete(HoldFile);
        await Server.DisposeAsync();
    }
}

/// <summary>
/// Issue 14 item 4 in Debian's Chromium: while the server's job is held, the clip page plays the browser copy with maps
/// computed in this browser, labelled as a preview; once the job finishes the server's overlay replaces it.
/// </summary>
public sealed class InstantPreviewTests(BrowserFixture browser, HeldAnalysisServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<HeldAnalysisServerFixture>
{
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    [Fact]
    public async Task The_browser_preview_appears_before_the_servers_maps_and_is_replaced_by_them()
    {
        var clip = await GeneratedClips.MovingDiscAsync();
        await File.WriteAllTextAsync(server.HoldFile, "held by InstantPreviewTests");
        try
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = server.Server.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            });
            var page = await context.NewPageAsync();
            CreatorPages.LogBrowser(page, output, errorsOnly: true);
            await CreatorPages.RegisterAsync(page, "preview@example.test");
            await page.GetByTestId("file-input").SetInputFilesAsync(clip);
            var link = page.GetByTestId("clip-link").First;
            await link.WaitForAsync(new() { Timeout = 60_000 });
            await link.ClickAsync();

            // Held job: the browser copy exists, the maps do not. The preview draws this browser's maps, labelled.
            await Assertions.Expect(page.GetByTestId("instant-preview-label")).ToHaveTextAsync("Preview (this browser)", new() { Timeout = 120_000 });
            await page.WaitForFunctionAsync(
                "() => Number(document.querySelector('[data-testid=instant-preview-overlay]')?.dataset.framesDrawn ?? 0) >= 3",
                null, new() { Timeout = 60_000 });
            var painted = await page.GetByTestId("instant-preview-overlay").EvaluateAsync<int>(@"c => {
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
                return n;
            }");
            var serverOverlaysWhilePreviewing = await page.GetByTestId("saliency-canvas").CountAsync();
            await Assertions.Expect(page.GetByTestId("clip-analysing")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "instant-preview-1-browser.png") });

            File.Delete(server.HoldFile);
            await page.GetByTestId("saliency-canvas").WaitForAsync(new() { Timeout = 120_000 });
            await Assertions.Expect(page.GetByTestId("instant-preview")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "instant-preview-2-server.png") });
            output.WriteLine($"Preview painted {painted} overlay pixels before the server's maps");

            Assert.True(painted > 100, $"The preview painted only {painted} pixels.");
            Assert.Equal(0, serverOverlaysWhilePreviewing);
        }
        finally
        {
            File.Delete(server.HoldFile);
        }
    }
}
