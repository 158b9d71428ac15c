using System.Collections.Concurrent;
using Microsoft.Playwright;
using WebAttention.E2E.Tests.Support;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests.BrowserInference;

/// <summary>
/// Issue 15 item 6: the server's Content-Security-Policy allows what the app needs and Chromium reports no violation
/// while /live loads onnxruntime-web and its model and runs it on the fake camera (WebAssembly: 'wasm-unsafe-eval';
/// workers), and while server mode streams frames over the live hub's WebSocket (connect-src 'self' only).
/// </summary>
[Collection(BrowserInferenceCollection.Name)]
public sealed class LiveContentSecurityPolicyTests(BrowserInferenceFixture fixture, ITestOutputHelper output)
{
    // Every securitypolicyviolation event of the page, kept where the test can read it.
    private const string CollectViolations =
        """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task Live_runs_both_modes_under_the_policy_without_a_violation()
    {
        await using var context = await fixture.SignedInContextAsync();
        await context.AddInitScriptAsync(CollectViolations);
        var console = new ConcurrentQueue<string>();

        var local = await OpenAsync(context, console);
        var policy = await local.Policy;
        await Assertions.Expect(local.Page.GetByTestId("live-status")).ToContainTextAsync("ready", new() { Timeout = CreatorPages.BootTimeoutMs });
        await local.Page.GetByTestId("live-camera").ClickAsync();
        await local.Page.GetByTestId("live-fps").WaitForAsync(new() { Timeout = 120_000 });
        var localViolations = await local.Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        await local.Page.CloseAsync();

        var server = await OpenAsync(context, console);
        await server.Page.GetByTestId("live-mode-server").ClickAsync(new() { Timeout = CreatorPages.BootTimeoutMs });
        await Assertions.Expect(server.Page.GetByTestId("live-mode-running")).ToContainTextAsync("Running on the server", new() { Timeout = 60_000 });
        await server.Page.GetByTestId("live-server-camera").ClickAsync();
        await server.Page.WaitForFunctionAsync(
            "() => Number(document.querySelector('[data-testid=live-server-status]')?.dataset.answered ?? 0) >= 3",
            null, new() { Timeout = 300_000, PollingInterval = 250 });
        var serverViolations = await server.Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        await server.Page.GetByTestId("live-server-stop").ClickAsync();
        // Console reports of violations, taken before the control below adds one of its own.
        var reported = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();

        // Control: the page's own detector sees a violation when there is one (an inline script the policy forbids).
        try
        {
            await server.Page.AddScriptTagAsync(new() { Content = "window.__inlineRan = true;" });
        }
        catch (PlaywrightException)
        {
            // Blocked by the policy: what the control expects.
        }
        await server.Page.WaitForFunctionAsync("() => window.__cspViolations.length > 0", null, new() { Timeout = 10_000 });
        var control = await server.Page.EvaluateAsync<string[]>("() => window.__cspViolations");

        output.WriteLine($"policy: {policy}");
        output.WriteLine($"local mode (onnxruntime-web on the camera): {localViolations.Length} violations; server mode (live hub WebSocket): {serverViolations.Length}; control inline script: {string.Join("; ", control)}");
        foreach (var line in localViolations.Concat(serverViolations).Concat(reported))
        {
            output.WriteLine(line);
        }
        Assert.Contains("'wasm-unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Empty(localViolations);
        Assert.Empty(serverViolations);
        Assert.Empty(reported);
        Assert.Contains(control, v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    private sealed record OpenedPage(IPage Page, Task<string> Policy);

    private async Task<OpenedPage> OpenAsync(IBrowserContext context, ConcurrentQueue<string> console)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) => console.Enqueue($"[{message.Type}] {message.Text}");
        CreatorPages.LogBrowser(page, output, errorsOnly: true);
        var document = await page.GotoAsync("/live", new() { Timeout = CreatorPages.BootTimeoutMs });
        var policy = document is null ? Task.FromResult("(no response)") : document.HeaderValueAsync("content-security-policy").ContinueWith(t => t.Result ?? "(none)", TaskScheduler.Default);
        return new OpenedPage(page, policy);
    }
}
