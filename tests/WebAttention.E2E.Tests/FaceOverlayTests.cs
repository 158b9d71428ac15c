using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// The face channel end to end in Debian's Chromium: a clip of a real face photo is analysed, and the clip page
/// draws its face box over the video; the faces switch takes the box away.
/// </summary>
public sealed class FaceOverlayTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    [FacePhotoFact]
    public async Task A_face_in_the_clip_is_boxed_over_the_video_until_the_switch_hides_it()
    {
        var clip = Path.Combine(Path.GetTempPath(), $"wa-face-{Guid.NewGuid():N}.mp4");
        await FacePhotos.WriteClipAsync(clip);
        try
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = server.Server.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            });
            var page = await context.NewPageAsync();
            CreatorPages.LogBrowser(page, output);

            await CreatorPages.RegisterAsync(page, "faces@example.test");
            await page.GetByTestId("file-input").SetInputFilesAsync(clip, new() { Timeout = 60_000 });
            await page.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 180_000 });
            await page.GetByTestId("clip-link").First.ClickAsync();

            await page.GetByTestId("saliency-canvas").WaitForAsync(new() { Timeout = 60_000 });
            await page.WaitForFunctionAsync(
                "() => Number(document.querySelector('[data-testid=saliency-canvas]')?.dataset.facesDrawn ?? 0) >= 1",
                null, new() { Timeout = 60_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "faces-1-boxed.png") });

            await page.Locator("[data-testid=faces-toggle] input, input[data-testid=faces-toggle]").First.SetCheckedAsync(false, new() { Force = true });
            await page.WaitForFunctionAsync(
                "() => document.querySelector('[data-testid=saliency-canvas]')?.dataset.facesDrawn === '0'",
                null, new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "faces-2-hidden.png") });
        }
        finally
        {
            File.Delete(clip);
        }
    }
}

/// <summary>A fact that needs the BlazeFace model and the astronaut photo; skipped with the reason when either is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FacePhotoFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="FacePhotos.MissingReason"/> says so.</summary>
    public FacePhotoFactAttribute() => Skip = FacePhotos.MissingReason();
}
