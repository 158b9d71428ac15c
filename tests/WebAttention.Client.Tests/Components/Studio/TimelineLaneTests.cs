using WebAttention.Client.Components.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Components.Studio;

public class TimelineLaneTests : MudTestContext
{
    private static readonly CropPathView Path = new(
        Guid.NewGuid(), "9:16", 4, 1920, 1080, 30, "default",
        [],
        [new(0, 960, 540, false), new(40, 700, 540, true), new(90, 900, 540, false)],
        [new(0, 60, "steady", false), new(60, 120, "track", true)]);

    private IRenderedComponent<TimelineLane> RenderLane(Action<ComponentParameterCollectionBuilder<TimelineLane>>? more = null) =>
        Render<TimelineLane>(p =>
        {
            p.Add(c => c.Path, Path).Add(c => c.FrameCount, 120);
            more?.Invoke(p);
        });

    [Fact]
    public void Keyframes_are_rendered_with_manual_and_auto_classes_and_frames()
    {
        var cut = RenderLane();

        var keys = cut.FindAll("[data-testid=keyframe]");
        Assert.Equal(["0", "40", "90"], keys.Select(k => k.GetAttribute("data-frame")));
        Assert.Equal(["false", "true", "false"], keys.Select(k => k.GetAttribute("data-manual")));
        Assert.Contains("manual", keys[1].ClassList);
        Assert.Contains("auto", keys[0].ClassList);
        Assert.Equal("9:16", cut.Find("[data-testid=timeline-lane]").GetAttribute("data-aspect"));
    }

    [Fact]
    public void Shots_are_drawn_by_mode_across_the_lane()
    {
        var cut = RenderLane();

        var shots = cut.FindAll("[data-testid=shot]");
        Assert.Equal(["steady", "track"], shots.Select(s => s.GetAttribute("data-mode")));
        Assert.Contains("left: 50%", shots[1].GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("padded", shots[1].ClassList);
    }

    [Fact]
    public void Clicking_a_keyframe_selects_it_and_seeks_to_it()
    {
        long? seeked = null;
        CropKeyframeView? selected = null;
        var cut = RenderLane(p => p
            .Add(c => c.OnSeek, f => seeked = f)
            .Add(c => c.OnSelect, k => selected = k));

        cut.Find("[data-testid=keyframe][data-frame='90']").Click();

        Assert.Equal(90, seeked);
        Assert.Equal(90, selected?.Frame);
    }

    [Fact]
    public void Scrubbing_the_lane_seeks()
    {
        long? seeked = null;
        var cut = RenderLane(p => p.Add(c => c.OnSeek, f => seeked = f));

        cut.Find("[data-testid=lane-scrub]").Change("77");

        Assert.Equal(77, seeked);
    }

    [Fact]
    public void Delete_raises_the_edit_for_the_selected_manual_keyframe()
    {
        long? deleted = null;
        var cut = RenderLane(p => p.Add(c => c.SelectedFrame, 40L).Add(c => c.OnDelete, f => deleted = f));

        Assert.Contains("selected", cut.Find("[data-frame='40']").ClassList);
        cut.Find("button[data-testid=keyframe-delete]").Click();

        Assert.Equal(40, deleted);
    }

    [Fact]
    public void Delete_is_disabled_for_an_automatic_keyframe()
    {
        var cut = RenderLane(p => p.Add(c => c.SelectedFrame, 90L));

        Assert.True(cut.Find("button[data-testid=keyframe-delete]").HasAttribute("disabled"));
    }
}
