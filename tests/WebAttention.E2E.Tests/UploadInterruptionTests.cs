using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests;

/// <summary>
/// Cancel and reload in the middle of an upload, in Debian's Chromium against the server process: cancel leaves
/// nothing in the uploads folder; a reload leaves an "interrupted" entry that resumes from where it stopped.
/// </summary>
public sealed class UploadCancelTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : UploadInterruptionTests(browser, server, output)
{
    [Fact]
    public async Task Cancel_mid_upload_discards_the_part_file_and_nothing_is_listed_afterwards()
    {
        var file = await BigFileAsync("cancel-me.mp4");
        var page = await OpenLibraryAsync("cancel@example.test");

        await page.GetByTestId("file-input").SetInputFilesAsync(file);
        await WaitForAcknowledgedBytesAsync(page);
        Assert.NotEmpty(UploadFiles());
        await page.GetByTestId("upload-cancel").ClickAsync();

        await page.GetByText("Upload of “cancel-me.mp4” cancelled and discarded.").WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(UploadFiles().Length == 0, string.Join(", ", UploadFiles().Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length:N0} B")));
        await page.ReloadAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.GetByTestId("clip-upload").WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await page.Locator("[data-testid=library-search]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(0, await page.GetByTestId("interrupted-upload").CountAsync());
        Assert.Empty(UploadFiles());
    }
}

/// <summary>A reload mid-upload, then resume (and cancel) from the library's interrupted list.</summary>
public sealed class UploadReloadTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : UploadInterruptionTests(browser, server, output)
{
    [Fact]
    public async Task A_reload_mid_upload_leaves_an_interrupted_entry_that_resumes_from_where_it_stopped()
    {
        var file = await BigFileAsync("reload-me.mp4");
        var page = await OpenLibraryAsync("reload@example.test");

        await page.GetByTestId("file-input").SetInputFilesAsync(file);
        var sent = await WaitForAcknowledgedBytesAsync(page);
        await page.ReloadAsync(new() { Timeout = CreatorPages.BootTimeoutMs });

        var entry = page.GetByTestId("interrupted-upload");
        await entry.WaitForAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        Assert.Equal("reload-me.mp4", (await entry.GetByTestId("interrupted-name").InnerTextAsync()).Trim());
        var summary = await entry.GetByTestId("interrupted-summary").InnerTextAsync();
        Output.WriteLine($"Acknowledged before the reload: {sent:N0} bytes; listed: {summary}");
        Assert.Contains("of 50.3 MB", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("0 B of", summary, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("e2e"), "library-interrupted-upload.png") });

        await entry.Locator("input[type=file]").SetInputFilesAsync(file);

        // It continues from the bytes the server kept: the progress starts above zero, marked as resumed.
        await page.WaitForFunctionAsync(
            "() => { const p = document.querySelector('[data-testid=upload-progress]'); return p && p.dataset.phase === 'Uploading' && Number(p.dataset.acknowledged) > 0; }",
            null, new() { Timeout = 120_000, PollingInterval = 20 });
        Assert.Contains("resumed", await page.GetByTestId("upload-progress-text").InnerTextAsync(), StringComparison.Ordinal);

        // Cancelling it now discards it: nothing listed, nothing left on the server.
        await page.GetByTestId("upload-cancel").ClickAsync();
        await page.GetByText("Upload of “reload-me.mp4” cancelled and discarded.").WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByTestId("interrupted-upload").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        Assert.Empty(UploadFiles());
    }
}

/// <summary>Helpers of the interruption tests; each test class gets its own server, so its uploads folder is its own.</summary>
public abstract class UploadInterruptionTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>, IDisposable
{
    // The server's log says why when something here fails (its warnings and errors only).
    public void Dispose()
    {
        foreach (var line in server.Server.Log.Split('\n').Where(l => l.Contains("warn:", StringComparison.Ordinal) || l.Contains("fail:", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).TakeLast(40))
        {
            output.WriteLine($"[server] {line}");
        }
    }

    // Large enough that the upload is still running when the test acts on it; its content does not matter here.
    protected ITestOutputHelper Output => output;

    protected const int FileBytes = 48 * 1024 * 1024;

    protected string[] UploadFiles()
    {
        var folder = Path.Combine(server.Server.DataRoot, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    protected async Task<IPage> OpenLibraryAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        await CreatorPages.RegisterAsync(page, email);
        return page;
    }

    protected static async Task<long> WaitForAcknowledgedBytesAsync(IPage page)
    {
        var handle = await page.WaitForFunctionAsync(
            "() => { const p = document.querySelector('[data-testid=upload-progress]'); const n = Number(p?.dataset.acknowledged ?? 0); return n > 0 ? n : null; }",
            null, new() { Timeout = 120_000, PollingInterval = 20 });
        return (long)await handle.JsonValueAsync<double>();
    }

    protected static async Task<string> BigFileAsync(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "webattention-e2e-uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (!File.Exists(path) || new FileInfo(path).Length != FileBytes)
        {
            var bytes = new byte[FileBytes];
            new Random(5).NextBytes(bytes);
            await File.WriteAllBytesAsync(path, bytes);
        }
        return path;
    }
}
