using AngleSharp.Dom;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components;
using WebAttention.Client.Components.Clips;
using WebAttention.Client.Pages;
using WebAttention.Client.Pages.Account;
using WebAttention.Client.Pages.Admin;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Auth;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Tests.Components;

/// <summary>The pages look like one application: MudBlazor controls on /live, one title style everywhere.</summary>
public class PageLookTests : MudTestContext
{
    public PageLookTests()
    {
        Services.AddSingleton<IModelsApi>(new FakeModelsApi());
        Services.AddSingleton<IAccountService>(new NoAccountService());
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.test");
        auth.SetRoles(Roles.Admin);
    }

    [Fact]
    public void Live_offers_its_controls_as_MudBlazor_buttons_and_a_select()
    {
        var cut = Render<Live>();

        foreach (var id in new[] { "live-camera", "live-stop" })
        {
            var button = cut.Find($"[data-testid={id}]");
            Assert.Equal("BUTTON", button.TagName);
            Assert.Contains("mud-button-root", button.ClassList);
        }
        Assert.Equal("Use camera", cut.Find("[data-testid=live-camera]").TextContent.Trim());
        Assert.Equal("Stop", cut.Find("[data-testid=live-stop]").TextContent.Trim());

        // The file input the JS module reads stays, hidden, and a MudBlazor button opens it.
        var file = cut.Find("input[type=file][data-testid=live-file]");
        Assert.True(file.HasAttribute("hidden"));
        var open = cut.Find("[data-testid=live-file-button]");
        Assert.Equal("LABEL", open.TagName);
        Assert.Contains("mud-button-root", open.ClassList);
        Assert.Equal(file.Id, open.GetAttribute("for"));

        Assert.Empty(cut.FindAll("select"));
        var size = cut.Find("[data-testid=live-size]");
        Assert.Equal("combobox", size.GetAttribute("role"));
        Assert.NotNull(size.Closest(".mud-select"));
        Assert.Equal("long side 256", size.TextContent.Trim());
    }

    [Fact]
    public void Live_says_which_mode_runs_and_server_mode_offers_camera_screen_and_recording()
    {
        var cut = Render<Live>();
        Assert.Contains("nothing leaves it", cut.Find("[data-testid=live-mode-running]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=live-mode-server]").Click();

        Assert.Contains("Running on the server", cut.Find("[data-testid=live-mode-running]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=live-camera]"));
        foreach (var id in new[] { "live-server-camera", "live-server-screen", "live-server-stop" })
        {
            Assert.Contains("mud-button-root", cut.Find($"[data-testid={id}]").ClassList);
        }
        Assert.Contains("Record as a clip", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Idle", cut.Find("[data-testid=live-server-status]").GetAttribute("data-state"));
    }

    [Fact]
    public void Every_page_title_is_an_h1_in_the_same_typography()
    {
        var clip = new ClipSummary(Guid.NewGuid(), "Beach day", ClipStatus.Ready, 2, 320, 180, 25, 50, 1000, DateTimeOffset.UnixEpoch, null);
        var titles = new List<(string Page, IElement Title)>
        {
            ("live", Title(Render<Live>())),
            ("models", Title(Render<ModelsAdmin>())),
            ("login", Title(Render<Login>())),
            ("register", Title(Render<Register>())),
            ("clip", Title(Render<ClipHeader>(p => p.Add(c => c.Clip, clip)))),
        };

        var typo = $"mud-typography-{PageHeading.Style}";
        Assert.All(titles, t =>
        {
            Assert.Equal("H1", t.Title.TagName);
            Assert.Contains(typo, t.Title.ClassList);
            Assert.DoesNotContain(t.Title.ClassList, c => c.StartsWith("mud-typography-h", StringComparison.Ordinal) && c != typo);
            Assert.Empty(t.Title.QuerySelectorAll("h1, h2, h3, h4, h5, h6"));
        });
        Assert.Equal("Beach day", titles[^1].Title.TextContent.Trim());
    }

    private static IElement Title<T>(IRenderedComponent<T> page)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=page-title]")));
        return page.Find("[data-testid=page-title]");
    }

    private sealed class NoAccountService : IAccountService
    {
        public Task<AuthResult> LoginAsync(Credentials credentials, CancellationToken cancellationToken) => Task.FromResult(AuthResult.Ok);

        public Task<AuthResult> RegisterAsync(Credentials credentials, CancellationToken cancellationToken) => Task.FromResult(AuthResult.Ok);

        public Task LogoutAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
