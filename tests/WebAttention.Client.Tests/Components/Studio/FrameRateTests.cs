using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Interop;
using WebAttention.Client.Components.Player;
using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Studio;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Clips;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Tests.Components.Studio;

/// <summary>
/// The player uses the clip's own frame rate from the first render, before any crop path exists (issue 9 item 2:
/// a 15 fps clip at 8 s showed "00:16.00 · frame 240" and seeks landed at half the time).
/// </summary>
public class FrameRateTests : MudTestContext
{
    private readonly FakeClipInsightsApi insights = new();
    private readonly BunitJSModuleInterop stage;

    public FrameRateTests()
    {
        Services.AddSingleton<ICropPathsApi>(new FakeCropPathsApi()); // no paths: nothing reframed yet
        Services.AddSingleton<IClipEvents>(new FakeClipEvents());
        Services.AddSingleton<IClipInsightsApi>(insights);
        JSInterop.SetupModule(SaliencyOverlay.ModulePath).Mode = JSRuntimeMode.Loose;
        stage = JSInterop.SetupModule(StudioStage.ModulePath);
        stage.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule(TimelineLane.ModulePath);
        JSInterop.Setup<ElementSize>("mudObserveElementSize", _ => true).SetResult(new ElementSize { Width = 1030, Height = 155, Timestamp = 1 });
    }

    public static TheoryData<double> Rates => new() { 15, 25, 30000.0 / 1001 };

    private static ClipSummary Clip(double rate, double seconds) =>
        new(Guid.NewGuid(), "Clip", ClipStatus.Ready, seconds, 320, 240, rate, (long)Math.Round(rate * seconds), 1000, DateTimeOffset.UnixEpoch, null);

    private IRenderedComponent<ClipStudio> RenderStudio(ClipSummary clip)
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<ClipStudio>(p => p.Add(c => c.Clip, clip));
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void The_stage_gets_the_clips_rate_before_any_crop_path(double rate)
    {
        var clip = Clip(rate, 10);
        RenderStudio(clip);

        var clock = Assert.IsType<FrameClock>(Assert.Single(stage.Invocations["setClock"]).Arguments[1]);
        Assert.Equal(new FrameClock(rate, clip.FrameCount), clock);
        Assert.DoesNotContain(stage.Invocations["setPath"], i => i.Arguments[1] is not null);
    }

    [Theory]
    [InlineData(15, 120, "00:08.00 · frame 120")]
    [InlineData(25, 50, "00:02.00 · frame 50")]
    [InlineData(30000.0 / 1001, 1798, "00:59.99 · frame 1798")]
    public void The_timecode_reads_the_frame_at_the_clips_rate(double rate, long frame, string timecode)
    {
        var cut = RenderStudio(Clip(rate, 70));

        cut.InvokeAsync(() => cut.FindComponent<StudioStage>().Instance.OnFrame(frame, false));

        cut.WaitForAssertion(() => Assert.Equal(timecode, cut.Find("[data-testid=timecode]").TextContent));
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void A_seek_bar_choice_lands_in_the_middle_of_that_frame_at_the_clips_rate(double rate)
    {
        var clip = Clip(rate, 10);
        var cut = RenderStudio(clip);
        var frame = clip.FrameCount * 4 / 5; // 8 s

        cut.Find("input[data-testid=seek-bar]").Change(frame.ToString(System.Globalization.CultureInfo.InvariantCulture));

        cut.WaitForAssertion(() => Assert.Contains(stage.Invocations["seekTime"], i => Equals(i.Arguments[1], (frame + 0.5) / rate)));
        var seconds = (double)stage.Invocations["seekTime"][^1].Arguments[1]!;
        Assert.Equal(8.0, seconds, 1.0 / rate);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void A_click_on_the_attention_chart_at_x_lands_at_x_of_the_clip(double rate)
    {
        var clip = Clip(rate, 10);
        insights.Timeline = new AttentionTimelineView(1, rate, clip.FrameCount,
            [.. Enumerable.Repeat(0.5f, (int)clip.FrameCount)], [.. Enumerable.Repeat(0.5f, (int)clip.FrameCount)], [.. Enumerable.Repeat(0.5f, (int)clip.FrameCount)]);
        var cut = RenderStudio(clip);
        cut.WaitForAssertion(() => cut.Find("input[data-testid=chart-seek]"));
        // A click 25 % across the range input picks the frame a quarter of the way along it.
        var max = long.Parse(cut.Find("input[data-testid=chart-seek]").GetAttribute("max")!, System.Globalization.CultureInfo.InvariantCulture);
        var frame = new TimelineScale(max + 1).FrameAt(0.25);

        cut.Find("input[data-testid=chart-seek]").Change(frame.ToString(System.Globalization.CultureInfo.InvariantCulture));

        cut.WaitForAssertion(() => Assert.NotEmpty(stage.Invocations["seekTime"]));
        var seconds = (double)stage.Invocations["seekTime"][^1].Arguments[1]!;
        Assert.Equal(0.25 * clip.DurationSeconds, seconds, 1.0 / rate);
    }
}
