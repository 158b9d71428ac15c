using WebAttention.Client.Studio;

namespace WebAttention.Client.Tests.Studio;

public class ShortcutsAndExportTests
{
    [Theory]
    [InlineData(" ", false, false, StudioCommand.TogglePlay)]
    [InlineData("j", false, false, StudioCommand.BackOneSecond)]
    [InlineData("K", false, false, StudioCommand.Pause)]
    [InlineData("l", false, false, StudioCommand.Play)]
    [InlineData("ArrowLeft", false, false, StudioCommand.StepBack)]
    [InlineData("ArrowRight", false, false, StudioCommand.StepForward)]
    [InlineData("z", true, false, StudioCommand.Undo)]
    [InlineData("Z", true, true, StudioCommand.Redo)]
    [InlineData("y", true, false, StudioCommand.Redo)]
    [InlineData("Delete", false, false, StudioCommand.DeleteKeyframe)]
    [InlineData("a", false, false, StudioCommand.None)]
    public void Keys_map_to_studio_commands(string key, bool ctrl, bool shift, StudioCommand expected) =>
        Assert.Equal(expected, PlayerShortcuts.Map(key, ctrl, shift));

    [Fact]
    public void The_export_request_lists_ticked_aspects_in_offered_order()
    {
        var choice = new ExportChoice { Height = 1080, Padding = "solid" };
        choice.Aspects.Add("1:1");
        choice.Aspects.Add("9:16");

        var request = choice.ToRequest(["9:16", "4:5", "1:1"]);

        Assert.Equal(["9:16", "1:1"], request.Aspects);
        Assert.Equal(1080, request.Height);
        Assert.Equal("solid", request.Padding);
    }

    [Fact]
    public void An_export_without_aspects_is_not_valid() => Assert.False(new ExportChoice().IsValid);

    [Fact]
    public void Timeline_maps_frames_to_percent_and_back()
    {
        var scale = new TimelineScale(200);

        Assert.Equal("25%", scale.Css(50));
        Assert.Equal(100, scale.FrameAt(0.5));
        Assert.Equal(199, scale.FrameAt(1.2));
        Assert.Equal(0, new TimelineScale(0).FrameAt(0.5));
    }
}
