using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WebAttention.E2E.Tests.Support;

/// <summary>Steps every creator flow starts with: open the app, register, land in the library.</summary>
public static class CreatorPages
{
    /// <summary>
    /// How long the first page may take to boot the WebAssembly app. CI runs every test project at once on two
    /// cores; a 30 s wait for the register form timed out there once while the runtime was still starting.
    /// </summary>
    public const float BootTimeoutMs = 180_000;

    /// <summary>Test password that meets the server's rules.</summary>
    public const string Password = "correct-horse-9";

    /// <summary>Opens /register, waits for the app to boot, registers <paramref name="email"/> and waits for the library.</summary>
    public static async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync("/register", new() { Timeout = BootTimeoutMs });
        var emailInput = page.Locator("[data-testid=email] input, input[data-testid=email]").First;
        await emailInput.WaitForAsync(new() { Timeout = BootTimeoutMs });
        await emailInput.FillAsync(email);
        await page.Locator("[data-testid=password] input, input[data-testid=password]").First.FillAsync(Password);
        await page.Locator("[data-testid=confirm-password] input, input[data-testid=confirm-password]").First.FillAsync(Password);
        await page.GetByTestId("submit").ClickAsync();
        await page.GetByTestId("clip-upload").WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Writes the page's console messages (all, or errors and warnings only) and every failed HTTP response with
    /// its URL to the test output, so a 404 names what was missing.
    /// </summary>
    public static void LogBrowser(IPage page, ITestOutputHelper output, bool errorsOnly = false)
    {
        page.Console += (_, message) =>
        {
            if (!errorsOnly || message.Type is "error" or "warning")
            {
                output.WriteLine($"[browser {message.Type}] {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"[http {response.Status}] {response.Request.Method} {response.Url}");
            }
        };
    }
}
