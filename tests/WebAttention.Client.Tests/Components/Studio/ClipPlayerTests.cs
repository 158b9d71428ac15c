using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Charts;
using MudBlazor.Interop;
using WebAttention.Client.Components.Insights;
using WebAttention.Client.Components.Player;
using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Studio;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core;
using WebAttention.Core.Clips;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Tests.Components.Studio;

/// <summary>The clip page's one player: video, heatmap overlay, face boxes and their settings, and the attention chart.</summary>
public class ClipPlayerTests : MudTestContext
{
    private readonly FakeClipInsightsApi insights = new();
    private readonly ClipSummary clip = new(Guid.NewGuid(), "Talk", ClipStatus.Ready, 4, 1920, 1080, 25, 100, 1000, DateTimeOffset.UnixEpoch, null);
    private readonly BunitJSModuleInterop overlay;
    private readonly BunitJSModuleInterop stage;

    public ClipPlayerTests()
    {
        Services.AddSingleton<ICropPathsApi>(new FakeCropPathsApi());
        Services.AddSingleton<IClipEvents>(new FakeClipEvents());
        Services.AddSingleton<IClipInsightsApi>(insights);
        overlay = JSInterop.SetupModule(SaliencyOverlay.ModulePath);
        overlay.Mode = JSRuntimeMode.Loose;
        stage = JSInterop.SetupModule(StudioStage.ModulePath);
        stage.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule(TimelineLane.ModulePath);
        // MudBlazor's chart draws once it knows its element's size (1 view box unit = 1 px).
        JSInterop.Setup<ElementSize>("mudObserveElementSize", _ => true)
            .SetResult(new ElementSize { Width = 1030, Height = 155, Timestamp = 1 });
    }

    private IRenderedComponent<ClipStudio> RenderStudio()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<ClipStudio>(p => p.Add(c => c.Clip, clip));
    }

    [Fact]
    public void There_is_one_video_with_the_heatmap_canvas_over_it()
    {
        var cut = RenderStudio();

        var video = Assert.Single(cut.FindAll("video"));
        Assert.Equal(ApiRoutes.Video(clip.Id), video.GetAttribute("src"));
        var canvas = cut.Find("[data-testid=player-stage] canvas[data-testid=saliency-canvas]");
        Assert.Equal("0", canvas.GetAttribute("data-frames-drawn"));
        Assert.Single(cut.FindAll("[data-testid=player-controls]"));
    }

    [Fact]
    public void The_overlay_module_gets_the_clips_index_and_chunks()
    {
        RenderStudio();

        var attach = Assert.Single(overlay.Invocations["attach"]);
        var source = Assert.IsType<OverlaySource>(attach.Arguments[1]);
        Assert.Equal(ApiRoutes.SaliencyIndex(clip.Id), source.IndexUrl);
        Assert.Equal(ApiRoutes.SaliencyChunk(clip.Id, 7), source.ChunkUrlTemplate.Replace("{chunk}", "7", StringComparison.Ordinal));
        Assert.Equal(new OverlayOptions(0.6, true, true), attach.Arguments[2]);
    }

    [Fact]
    public void Opacity_and_the_heatmap_switch_reach_the_module()
    {
        var cut = RenderStudio();

        cut.Find("input[data-testid=overlay-opacity]").Input("0.25");
        cut.WaitForAssertion(() => Assert.Equal(new OverlayOptions(0.25, true, true), overlay.Invocations["setOptions"][^1].Arguments[1]));
        cut.Find("input[data-testid=overlay-toggle]").Change(false);
        cut.WaitForAssertion(() => Assert.Equal(new OverlayOptions(0.25, false, true), overlay.Invocations["setOptions"][^1].Arguments[1]));
    }

    [Fact]
    public void Faces_are_fetched_once_passed_to_the_overlay_and_the_switch_hides_them()
    {
        insights.Faces = new ClipFacesView("test@1", [new FrameFacesView(0, [new FaceView(0.1, 0.1, 0.2, 0.3, 0.9)]), new FrameFacesView(5, [])]);
        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Contains(overlay.Invocations["setFaces"], i => i.Arguments[1] is PackedFaces p && p.Frames.SequenceEqual([0L, 5L])));
        Assert.Equal("2", cut.Find("[data-testid=saliency-canvas]").GetAttribute("data-faces"));
        cut.Find("input[data-testid=faces-toggle]").Change(false);

        cut.WaitForAssertion(() => Assert.Equal(new OverlayOptions(0.6, true, false), overlay.Invocations["setOptions"][^1].Arguments[1]));
        Assert.Equal(1, insights.FaceRequests);
    }

    [Fact]
    public void A_clip_without_faces_shows_no_boxes_and_no_error()
    {
        insights.Faces = null; // 404
        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Contains("none found", cut.Find("[data-testid=faces-toggle]").Closest(".mud-switch")!.TextContent, StringComparison.Ordinal));
        Assert.True(cut.Find("input[data-testid=faces-toggle]").HasAttribute("disabled"), "Nothing to show: the faces switch is disabled.");
        Assert.DoesNotContain(overlay.Invocations["setFaces"], i => i.Arguments[1] is not null);
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public void The_attention_chart_draws_both_series_in_the_plot_area_the_markers_assume()
    {
        insights.Timeline = new AttentionTimelineView(1, 25, 100, [.. Enumerable.Repeat(0.5f, 100)], [.. Enumerable.Repeat(0.25f, 100)], [.. Enumerable.Repeat(0.5f, 100)]);
        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=attention-series] .mud-charts-line-series path").Count));
        var lines = cut.FindAll("[data-testid=attention-series] .mud-charts-line-series path").Select(p => p.GetAttribute("d")!).ToList();
        // 1030 × 155 px: the plot runs x 30–1000 and y 25 (value 1) to 125 (value 0), the insets of ChartPlotArea.
        Assert.StartsWith("M 30 75 ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" 1000 75", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("M 30 100 ", lines[1], StringComparison.Ordinal);
        Assert.Equal("top: 25px; right: 30px; bottom: 30px; left: 30px", cut.Find("[data-testid=chart-plot-area]").GetAttribute("style"));
    }

    [Fact]
    public void The_attention_chart_marks_the_cuts_the_analysis_stored_before_any_path_exists()
    {
        insights.Timeline = new AttentionTimelineView(1, 25, 100, [.. Enumerable.Repeat(0.5f, 100)], [.. Enumerable.Repeat(0.25f, 100)], [.. Enumerable.Repeat(0.5f, 100)])
        {
            Cuts = [30, 60],
        };

        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Equal(["30", "60"], cut.FindAll("[data-testid=chart-cut]").Select(l => l.GetAttribute("data-frame"))));
    }

    [Fact]
    public void Clicking_the_attention_chart_seeks_the_player_and_moves_only_the_playhead()
    {
        insights.Timeline = new AttentionTimelineView(1, 25, 100, [.. Enumerable.Repeat(0.5f, 100)], [.. Enumerable.Repeat(0.25f, 100)], [.. Enumerable.Repeat(0.5f, 100)]);
        var cut = RenderStudio();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=attention-series] .mud-charts-line-series path").Count));
        var chart = cut.FindComponent<Line<double>>();
        var chartRenders = chart.RenderCount;

        cut.Find("input[data-testid=chart-seek]").Change("40");

        // The seek reaches the player asynchronously (JS interop); wait for it rather than race it.
        cut.WaitForAssertion(() => Assert.Contains(stage.Invocations["seekTime"], i => Equals(i.Arguments[1], 40.5 / 25)));
        cut.WaitForAssertion(() => Assert.Equal("40", cut.Find("[data-testid=chart-playhead]").GetAttribute("data-frame")));
        // 100 samples, one a frame: frame 40 of 0–99 is 40.4 % across the plot.
        Assert.Equal("404.04", cut.Find("[data-testid=chart-playhead]").GetAttribute("x1"));
        Assert.Equal(chartRenders, chart.RenderCount);
    }

    [Fact]
    public void A_clip_without_a_timeline_says_so_instead_of_a_chart()
    {
        var cut = RenderStudio();

        cut.WaitForAssertion(() => Assert.Contains("No attention data", cut.Find("[data-testid=attention-chart-empty]").TextContent, StringComparison.Ordinal));
    }
}
