using Microsoft.Extensions.DependencyInjection;
using WebAttention.Client.Components.Clips;
using WebAttention.Client.Components.Review;
using WebAttention.Client.Components.Studio;
using WebAttention.Client.Pages;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Tests.Components.Clips;

/// <summary>The instant preview's states on its own and on the clip page, with its JS module set up in bUnit.</summary>
public class InstantPreviewTests : MudTestContext
{
    private readonly ClipSummary analysing = new(Guid.NewGuid(), "Talk", ClipStatus.Analysing, 4, 1280, 720, 25, 100, 1000, DateTimeOffset.UnixEpoch, null);
    private readonly FakeClipEvents events = new();
    private readonly BunitJSModuleInterop preview;

    public InstantPreviewTests()
    {
        var module = JSInterop.SetupModule(InstantPreview.ModulePath);
        preview = module.SetupModule("attach", _ => true);
        preview.SetupVoid("dispose").SetVoidResult();
        Services.AddSingleton<IClipEvents>(events);
        Services.AddSingleton<IClipsApi>(new OneClipApi(analysing));
    }

    [Fact]
    public void Starts_on_the_clips_video_and_shows_the_label_once_this_browser_draws_maps()
    {
        var cut = Render<InstantPreview>(p => p.Add(c => c.ClipId, analysing.Id));

        var attach = JSInterop.Invocations.Single(i => i.Identifier == "attach");
        Assert.Contains(ApiRoutes.Video(analysing.Id), attach.Arguments[3]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(PreviewState.Loading, cut.Instance.State);
        Assert.Empty(cut.FindAll("[data-testid=instant-preview-label]"));

        cut.InvokeAsync(() => cut.Instance.OnPreviewState("running", null, 3));

        Assert.Equal("Preview (this browser)", cut.Find("[data-testid=instant-preview-label]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=instant-preview-overlay]"));
        Assert.Equal("Running", cut.Find("[data-testid=instant-preview]").GetAttribute("data-preview-state"));
        Assert.Contains("(3 maps)", cut.Find("[data-testid=instant-preview-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_browser_without_the_model_gets_the_reason_and_nothing_else()
    {
        var cut = Render<InstantPreview>(p => p.Add(c => c.ClipId, analysing.Id));

        cut.InvokeAsync(() => cut.Instance.OnPreviewState("unsupported", "This browser cannot run the attention model here (no WebAssembly threads).", 0));

        Assert.Contains("no WebAssembly threads", cut.Find("[data-testid=instant-preview-unsupported]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("video"));
        Assert.Empty(cut.FindAll("canvas"));
        Assert.Empty(cut.FindAll("[data-testid=instant-preview-label]"));
    }

    [Fact]
    public void A_failed_preview_says_why()
    {
        var cut = Render<InstantPreview>(p => p.Add(c => c.ClipId, analysing.Id));
        cut.InvokeAsync(() => cut.Instance.OnPreviewState("running", null, 3));

        cut.InvokeAsync(() => cut.Instance.OnPreviewState("failed", "Model tiny: HTTP 500", 3));

        Assert.Contains("Model tiny: HTTP 500", cut.Find("[data-testid=instant-preview-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=instant-preview-label]"));
    }

    [Fact]
    public async Task The_clip_page_shows_the_preview_while_analysing_and_the_servers_overlay_once_ready()
    {
        ComponentFactories.AddStub<ClipHeader>();
        ComponentFactories.AddStub<ShareLinksPanel>();
        ComponentFactories.AddStub<ReviewActivity>();
        ComponentFactories.AddStub<ClipStudio>("<div data-testid=\"studio-stub\"></div>");
        var page = Render<ClipPage>(p => p.Add(c => c.ClipId, analysing.Id));
        page.WaitForElement("[data-testid=instant-preview]");
        var previewComponent = page.FindComponent<InstantPreview>();
        await page.InvokeAsync(() => previewComponent.Instance.OnPreviewState("running", null, 2));
        Assert.Single(page.FindAll("[data-testid=instant-preview-label]"));

        await events.RaiseAsync(analysing with { Status = ClipStatus.Ready });

        page.WaitForElement("[data-testid=studio-stub]");
        Assert.Empty(page.FindAll("[data-testid=instant-preview]"));
        // Leaving the analysing state stops the browser's loop and frees its model.
        page.WaitForAssertion(() => preview.VerifyInvoke("dispose"));
    }

    [Fact]
    public async Task The_clip_page_drops_the_preview_when_the_analysis_fails()
    {
        ComponentFactories.AddStub<ClipHeader>();
        ComponentFactories.AddStub<ShareLinksPanel>();
        ComponentFactories.AddStub<ReviewActivity>();
        var page = Render<ClipPage>(p => p.Add(c => c.ClipId, analysing.Id));
        page.WaitForElement("[data-testid=instant-preview]");

        await events.RaiseAsync(analysing with { Status = ClipStatus.Failed, Error = "decoder gave up" });

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=instant-preview]")));
        page.WaitForAssertion(() => preview.VerifyInvoke("dispose"));
    }
}
