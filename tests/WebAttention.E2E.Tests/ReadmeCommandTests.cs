using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>Runs alone: it builds and publishes the server, which must not race other tests' builds or CPU.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReadmeCommandCollection
{
    public const string Name = "README command 1";
}

/// <summary>
/// The app as a user starts it — README command 1 (<c>bash scripts/run.sh</c>, Production environment, a fresh data
/// folder) and a published build — opened in Chromium: MudBlazor's styles apply and no request answers ≥ 400.
/// Every other E2E test starts the built server in Development, where static web assets are always mapped.
/// </summary>
[Collection(ReadmeCommandCollection.Name)]
public sealed class ReadmeCommandTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string Shots = RepositoryPaths.Artifacts("e2e");

    private static readonly string ModelsArgument = $"--Inference:ModelsRoot={ServerFixture.ModelsFolder}";

    [Fact]
    public async Task Readme_command_1_serves_a_styled_app_with_no_failed_request()
    {
        var data = Directory.CreateTempSubdirectory("webattention-readme-run-");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await using var server = await UserStartedServer.RunScriptAsync(data.FullName, timeout.Token, ModelsArgument);
        try
        {
            // The database went into the data folder given; the script's own default is the repository's data/.
            Assert.Contains($"Database ready at {Path.Combine(data.FullName, "webattention.db")}", server.Log, StringComparison.Ordinal);
            Assert.Equal(Path.Combine(RepositoryPaths.Root(), "data"), server.AppEnvironmentVariable("Storage__DataRoot"));
            Assert.DoesNotContain("Hosting environment: Development", server.Log, StringComparison.Ordinal);

            await using var context = await NewContextAsync(server);
            await RegisterAndCheckLibraryAsync(context, "readme-admin@example.test", "readme-library.png");

            var page = await context.NewPageAsync();
            await ScreenshotAsync(page, "/live", "live-status", "readme-live.png");
            await ScreenshotAsync(page, "/admin/models", "model-upload", "readme-admin-models.png");

            // An unknown address shows the app's own page with a way home, not the browser's bare 404.
            var response = await page.GotoAsync("/no/such/page", new() { Timeout = CreatorPages.BootTimeoutMs });
            Assert.Equal(404, response!.Status);
            var notFound = page.GetByTestId("not-found");
            await notFound.WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
            Assert.Equal("/", await page.GetByTestId("not-found-home").GetAttributeAsync("href"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "readme-not-found.png") });
        }
        catch
        {
            output.WriteLine(server.Log);
            throw;
        }

        await server.DisposeAsync();
        // The script's whole process tree is gone: nothing answers on its port any more.
        Assert.False(server.IsListening(), "The app started by scripts/run.sh still listens after the test killed the script.");
        DeleteQuietly(data.FullName);
    }

    [Theory]
    [InlineData("data/webattention.db")] // scripts/run.sh's data folder
    [InlineData("data/clips/0123/source")]
    [InlineData("src/WebAttention.Server/data/webattention.db")] // a bare `dotnet run --project src/WebAttention.Server`
    public async Task The_data_folders_are_ignored_by_git(string path)
    {
        var (code, log) = await ChildProcess.RunToEndAsync("git", RepositoryPaths.Root(), ["check-ignore", "-v", path], TimeSpan.FromMinutes(1));

        Assert.True(code == 0, $"git does not ignore {path} ({code}): {log}");
    }

    [Fact]
    public async Task A_published_build_started_from_another_folder_serves_a_styled_app_with_no_failed_request()
    {
        var publish = Directory.CreateTempSubdirectory("webattention-readme-publish-").FullName;
        var data = Directory.CreateTempSubdirectory("webattention-readme-published-data-").FullName;
        try
        {
            await PublishAndOpenAsync(publish, data);
        }
        finally
        {
            DeleteQuietly(publish);
            DeleteQuietly(data);
        }
    }

    private async Task PublishAndOpenAsync(string publish, string data)
    {
        var (code, log) = await ChildProcess.RunToEndAsync(
            "dotnet",
            RepositoryPaths.Root(),
            ["publish", "src/WebAttention.Server", "-c", "Release", "-o", publish, "-nologo", "-clp:ErrorsOnly"],
            TimeSpan.FromMinutes(10));
        Assert.True(code == 0, $"dotnet publish failed ({code}):\n{log}");
        Assert.True(
            File.Exists(Path.Combine(publish, "wwwroot", "lib", "blazeface", "face_detection_back_256x256_barracuda.onnx")),
            "The published server carries no BlazeFace model in wwwroot/lib/blazeface.");

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await using var server = await UserStartedServer.RunPublishedAsync(publish, Path.GetTempPath(), data, timeout.Token, ModelsArgument);
        try
        {
            Assert.Contains($"Database ready at {Path.Combine(data, "webattention.db")}", server.Log, StringComparison.Ordinal);
            await using var context = await NewContextAsync(server);
            await RegisterAndCheckLibraryAsync(context, "published-admin@example.test", "published-library.png");
        }
        catch
        {
            output.WriteLine(server.Log);
            throw;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task<IBrowserContext> NewContextAsync(UserStartedServer server) =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });

    /// <summary>
    /// Signs up (the first account becomes Admin), then opens the library in a fresh page: it renders with MudBlazor's
    /// styles and every request of that page load answers below 400. Before the sign-up, the only answer ≥ 400 allowed
    /// is the 401 of "who am I" that tells the app nobody is signed in.
    /// </summary>
    private async Task RegisterAndCheckLibraryAsync(IBrowserContext context, string email, string shot)
    {
        var signUp = await context.NewPageAsync();
        var signUpFailures = FailedResponses(signUp);
        try
        {
            await CreatorPages.RegisterAsync(signUp, email);
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"The sign-up page never rendered; answers >= 400: {string.Join(", ", signUpFailures)}", ex);
        }
        Assert.All(signUpFailures, f => Assert.Equal($"401 GET /api/auth/me", f));
        await signUp.CloseAsync();

        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        var failures = FailedResponses(page);
        await page.GotoAsync("/", new() { Timeout = CreatorPages.BootTimeoutMs, WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByTestId("clip-upload").WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var appBar = await page.Locator(".mud-appbar").First.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.display, s.position, s.backgroundColor]; }");
        output.WriteLine($"app bar: display {appBar[0]}, position {appBar[1]}, background {appBar[2]}");
        Assert.Equal("flex", appBar[0]); // MudBlazor.min.css: .mud-appbar { display: flex }
        Assert.Equal("fixed", appBar[1]); // .mud-appbar-fixed-top
        Assert.NotEqual("rgba(0, 0, 0, 0)", appBar[2]); // the theme's app bar colour
        Assert.Empty(failures);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, shot) });
        await page.CloseAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string path, string testId, string shot)
    {
        await page.GotoAsync(path, new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.GetByTestId(testId).First.WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, shot) });
    }

    /// <summary>"STATUS METHOD PATH" of every response ≥ 400 the page receives from now on, and every request that got no answer.</summary>
    private static List<string> FailedResponses(IPage page)
    {
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (failed)
                {
                    failed.Add($"{response.Status} {response.Request.Method} {new Uri(response.Url).AbsolutePath}");
                }
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // The page itself cancelling a request (navigating away mid-fetch) is not an answer from the server.
            if (request.Failure == "net::ERR_ABORTED")
            {
                return;
            }
            lock (failed)
            {
                failed.Add($"failed {request.Method} {new Uri(request.Url).AbsolutePath}: {request.Failure}");
            }
        };
        return failed;
    }
}
