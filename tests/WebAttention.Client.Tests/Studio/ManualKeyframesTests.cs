using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Studio;

public class ManualKeyframesTests
{
    private static CropPathView Path(params CropKeyframeView[] keyframes) =>
        new(Guid.NewGuid(), "9:16", 3, 1920, 1080, 30, "default", [], keyframes, []);

    [Fact]
    public void Only_manual_keyframes_of_a_path_are_taken()
    {
        var set = ManualKeyframes.From(Path(new(0, 100, 540, false), new(30, 200, 540, true)));

        Assert.Equal([30L], set.Items.Select(k => k.Frame));
    }

    [Fact]
    public void Setting_a_frame_adds_or_replaces_and_keeps_order()
    {
        var set = ManualKeyframes.Empty.Set(50, 1, 1).Set(10, 2, 2).Set(50, 3, 3);

        Assert.Equal([10L, 50L], set.Items.Select(k => k.Frame));
        Assert.Equal(3, set.Items[1].CenterX);
        Assert.All(set.Items, k => Assert.True(k.Manual));
    }

    [Fact]
    public void Moving_a_keyframe_keeps_its_centre_and_replaces_one_at_the_target()
    {
        var set = ManualKeyframes.Empty.Set(10, 100, 200).Set(20, 5, 5);

        var moved = set.Move(10, 20);

        var only = Assert.Single(moved.Items);
        Assert.Equal(new CropKeyframeView(20, 100, 200, true), only);
    }

    [Fact]
    public void Removing_drops_only_that_frame()
    {
        var set = ManualKeyframes.Empty.Set(10, 1, 1).Set(20, 2, 2);

        Assert.Equal([20L], set.Remove(10).Items.Select(k => k.Frame));
        Assert.Same(set, set.Remove(99));
    }

    [Fact]
    public void The_edit_carries_the_base_revision_and_the_complete_set()
    {
        var edit = ManualKeyframes.Empty.Set(10, 1, 1).Set(20, 2, 2).ToEdit(7);

        Assert.Equal(7, edit.BaseRevision);
        Assert.Equal(2, edit.Keyframes.Count);
    }

    [Fact]
    public void Sets_with_the_same_keyframes_are_equal()
    {
        Assert.Equal(ManualKeyframes.Empty.Set(1, 2, 3), ManualKeyframes.Empty.Set(1, 2, 3));
        Assert.NotEqual(ManualKeyframes.Empty.Set(1, 2, 3), ManualKeyframes.Empty.Set(1, 2, 4));
    }
}

public class ManualKeyframeZoomTests
{
    [Fact]
    public void A_pinned_window_carries_its_zoom_and_a_move_keeps_it()
    {
        var set = WebAttention.Client.Studio.ManualKeyframes.Empty.Set(10, 500, 540, 2).Move(10, 20);

        var key = Assert.Single(set.Items);
        Assert.Equal(20, key.Frame);
        Assert.Equal(2, key.Zoom);
        Assert.Equal(1, WebAttention.Client.Studio.ManualKeyframes.Empty.Set(3, 1, 1).Items[0].Zoom);
    }
}
