using Microsoft.Playwright;
using WebAttention.Core.Review;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// The review scenario in three browser contexts (owner, guest by link, second guest): share with comment
/// scope → guests join → presence shows three → the owner seeks, both followers land on the same frame → a guest
/// draws a region comment → the owner sees it at once and replies → resolve → the owner revokes the link → the
/// guests are dropped and the link answers 410. Screenshots of each step go to artifacts/screenshots/review/.
/// </summary>
public sealed class ReviewSessionTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private const int SeekFrame = 37;
    private static readonly string Shots = RepositoryPaths.Artifacts(Path.Combine("screenshots", "review"));

    [Fact]
    public async Task Owner_and_two_guests_review_a_clip_together_until_the_link_is_revoked()
    {
        await using var ownerContext = await NewContextAsync();
        var owner = await ownerContext.NewPageAsync();
        CreatorPages.LogBrowser(owner, output, errorsOnly: true);
        await CreatorPages.RegisterAsync(owner, $"owner-{Guid.NewGuid():N}@example.test");
        await owner.GetByTestId("file-input").SetInputFilesAsync(await GeneratedClips.MovingDiscAsync());
        await owner.Locator("[data-testid=clip-status][data-status=Ready]").First.WaitForAsync(new() { Timeout = 180_000 });
        await owner.GetByTestId("clip-link").First.ClickAsync();
        var clipId = Guid.Parse(owner.Url.Split('/').Last());

        // 1. Share with comment scope (the default of the form).
        await owner.GetByTestId("share-expander").ClickAsync();
        await owner.Locator("button[data-testid=share-create]").ClickAsync();
        var url = (await owner.GetByTestId("share-url").TextContentAsync(new() { Timeout = 60_000 }))!.Trim();
        var token = url.Split('/').Last();
        await Shot(owner, "1-owner-shared");

        // 2. The owner opens the room and presents; two guests join by the link.
        await owner.GotoAsync(ReviewRoutes.Room(clipId));
        await owner.Locator("button[data-testid=review-present]").ClickAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await using var annContext = await NewContextAsync();
        await using var bobContext = await NewContextAsync();
        var ann = await JoinAsync(annContext, token, "Ann");
        var bob = await JoinAsync(bobContext, token, "Bob");
        foreach (var page in new[] { owner, ann, bob })
        {
            await Expect(page, "[data-testid=presence-count]", "3 here");
        }
        await Shot(owner, "2-presence-three");

        // 3. The owner seeks; both followers land on the same frame.
        await owner.GetByTestId("review-video").EvaluateAsync($"v => {{ v.pause(); v.currentTime = {(SeekFrame + 0.5) / 25.0:0.###}; }}");
        foreach (var page in new[] { owner, ann, bob })
        {
            await Expect(page, "[data-testid=review-frame]", $"frame {SeekFrame}");
        }
        await Shot(ann, "3-ann-follows-seek");
        await Shot(bob, "3-bob-follows-seek");

        // 4. Ann draws a region and comments at that frame; the owner sees it at once and replies.
        await ann.Locator("button[data-testid=comment-draw]").ClickAsync();
        var overlay = (await ann.GetByTestId("review-overlay").BoundingBoxAsync())!;
        await ann.Mouse.MoveAsync(overlay.X + (overlay.Width * 0.2f), overlay.Y + (overlay.Height * 0.2f));
        await ann.Mouse.DownAsync();
        await ann.Mouse.MoveAsync(overlay.X + (overlay.Width * 0.5f), overlay.Y + (overlay.Height * 0.6f), new() { Steps = 5 });
        await ann.Mouse.UpAsync();
        await ann.Locator("[data-testid=comment-text] textarea, textarea[data-testid=comment-text]").First.FillAsync("The disc leaves the crop here <b>not bold</b>");
        await ann.Locator("button[data-testid=comment-send]").ClickAsync();
        await Expect(owner, "[data-testid=comment-body]", "The disc leaves the crop here <b>not bold</b>");
        Assert.Equal(1, await owner.Locator("[data-testid=comment-region]").CountAsync());
        await Shot(owner, "4-owner-sees-region-comment");

        await owner.Locator("[data-testid=reply-text] input, input[data-testid=reply-text]").First.FillAsync("Fixing it now");
        await owner.Locator("button[data-testid=reply-send]").ClickAsync();
        await Expect(ann, "[data-testid=comment-reply] .comment-body", "Fixing it now");
        await Shot(ann, "5-ann-sees-reply");

        // 5. Resolve.
        await owner.Locator("button[data-testid=comment-resolve]").ClickAsync();
        await Expect(bob, "[data-testid=comment-resolved]", "Resolved");
        await Shot(bob, "6-bob-sees-resolved");

        // 6. The owner revokes the link: both guests are dropped and the link answers 410.
        var clipPage = await ownerContext.NewPageAsync();
        await clipPage.GotoAsync($"/clips/{clipId}");
        await clipPage.GetByTestId("share-expander").ClickAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await clipPage.Locator("button[data-testid=share-revoke]").ClickAsync();
        await Expect(clipPage, "[data-testid=share-state]", "revoked");
        foreach (var page in new[] { ann, bob })
        {
            await page.GetByTestId("review-revoked").WaitForAsync(new() { Timeout = 60_000 });
        }
        await Shot(ann, "7-ann-dropped");
        var again = await annContext.APIRequest.PostAsync(ReviewRoutes.Redeem, new() { DataObject = new RedeemShareLinkRequest(token, "Ann") });
        Assert.Equal(410, again.Status);
        await Expect(owner, "[data-testid=presence-count]", "1 here");
        await Shot(owner, "8-owner-alone");
    }

    private async Task<IPage> JoinAsync(IBrowserContext context, string token, string name)
    {
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await page.GotoAsync(ReviewRoutes.Page(token), new() { Timeout = CreatorPages.BootTimeoutMs });
        var input = page.Locator("[data-testid=review-name] input, input[data-testid=review-name]").First;
        await input.WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await input.FillAsync(name);
        await page.Locator("button[data-testid=review-join]").ClickAsync();
        await page.GetByTestId("review-video").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    private Task<IBrowserContext> NewContextAsync() => browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = server.Server.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
    });

    /// <summary>Waits (generously: the machine is shared) until an element matching the selector shows the text.</summary>
    private static async Task Expect(IPage page, string selector, string text)
    {
        await page.WaitForFunctionAsync(
            "([s, t]) => [...document.querySelectorAll(s)].some(e => e.textContent.trim() === t)",
            new object[] { selector, text }, new() { Timeout = 60_000 });
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"review-{name}.png"), FullPage = true });
}
