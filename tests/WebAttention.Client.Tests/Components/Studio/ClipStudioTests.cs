using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Clips;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Components.Studio;

public class ClipStudioTests : MudTestContext
{
    private readonly FakeCropPathsApi api = new();
    private readonly FakeClipEvents events = new();
    private readonly ClipSummary clip = new(Guid.NewGuid(), "Talk", ClipStatus.Ready, 4, 1920, 1080, 30, 120, 1000, DateTimeOffset.UnixEpoch, null);

    public ClipStudioTests()
    {
        Services.AddSingleton<ICropPathsApi>(api);
        Services.AddSingleton<IClipEvents>(events);
        Services.AddSingleton<WebAttention.Client.Services.Api.IClipInsightsApi>(new FakeClipInsightsApi());
        JSInterop.SetupModule(WebAttention.Client.Components.Player.SaliencyOverlay.ModulePath);
        JSInterop.SetupModule(StudioStage.ModulePath);
        JSInterop.SetupModule(TimelineLane.ModulePath);
        api.Paths["9:16"] = new CropPathView(
            clip.Id, "9:16", 1, 1920, 1080, 30, "default",
            [.. Enumerable.Repeat(new CropFrameView(656, 0, 608, 1080, false), 120)],
            [new(0, 960, 540, false), new(30, 800, 540, true), new(60, 900, 540, true)],
            [new(0, 120, "steady", false)]);
    }

    private IRenderedComponent<ClipStudio> RenderStudio()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<ClipStudio>(p => p.Add(c => c.Clip, clip));
    }

    [Fact]
    public void Loads_a_lane_per_path_and_watches_the_clip()
    {
        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=timeline-lane][data-aspect='9:16']")));
        Assert.Contains(clip.Id, events.Watched);
    }

    [Fact]
    public void Reframe_posts_the_selected_aspects_with_the_preset()
    {
        var cut = RenderStudio();

        cut.Find("[data-testid=aspect-chip][data-aspect='1:1']").Click();
        cut.Find("button[data-testid=reframe-button]").Click();

        var request = Assert.Single(api.Reframes);
        Assert.Equal(["1:1", "9:16"], request.Aspects);
        Assert.Equal("default", request.Preset);
    }

    [Fact]
    public void Deleting_a_keyframe_sends_the_complete_remaining_manual_set_with_the_base_revision()
    {
        var cut = RenderStudio();
        cut.WaitForElement("[data-testid=keyframe][data-frame='30']").Click();

        cut.Find("button[data-testid=keyframe-delete]").Click();

        var (aspect, edit) = Assert.Single(api.Edits);
        Assert.Equal("9:16", aspect);
        Assert.Equal(1, edit.BaseRevision);
        Assert.Equal([60L], edit.Keyframes.Select(k => k.Frame));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=keyframe][data-frame='30']")));
    }

    [Fact]
    public void Undo_restores_the_previous_set_and_redo_repeats_the_edit()
    {
        var cut = RenderStudio();
        cut.WaitForElement("[data-testid=keyframe][data-frame='30']").Click();
        cut.Find("button[data-testid=keyframe-delete]").Click();

        cut.Find("button[data-testid=undo-button]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=keyframe][data-frame='30']")));
        cut.Find("button[data-testid=redo-button]").Click();

        Assert.Equal([[60L], [30L, 60L], [60L]], api.Edits.Select(e => e.Edit.Keyframes.Select(k => k.Frame).ToArray()));
        Assert.Equal([1, 2, 3], api.Edits.Select(e => e.Edit.BaseRevision));
    }

    [Fact]
    public void A_stale_revision_reloads_the_path_and_tells_the_user()
    {
        var cut = RenderStudio();
        cut.WaitForElement("[data-testid=keyframe][data-frame='30']").Click();
        api.BumpBehindTheScenes("9:16");

        cut.Find("button[data-testid=keyframe-delete]").Click();

        var snackbar = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message != null && s.Message.Contains("reloaded", StringComparison.Ordinal)));
        Assert.Equal("2", cut.Find("[data-testid=timeline-lane]").GetAttribute("data-revision"));
    }

    [Fact]
    public async Task A_newer_revision_from_the_hub_reloads_the_lane()
    {
        var cut = RenderStudio();
        cut.WaitForElement("[data-testid=timeline-lane]");
        api.BumpBehindTheScenes("9:16");

        await cut.InvokeAsync(() => events.RaiseAsync(new CropPathChange(clip.Id, "9:16", 2)));

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=timeline-lane]").GetAttribute("data-revision")));
    }
}
