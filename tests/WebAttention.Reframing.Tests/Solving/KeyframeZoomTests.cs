using WebAttention.Core.Media;
using WebAttention.Pipeline.Reframing.Model;
using WebAttention.Pipeline.Reframing.Solving;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Solving;

public class KeyframeZoomTests
{
    [Fact]
    public void Zoom_is_interpolated_between_keyframes_and_held_outside_them()
    {
        CropKeyframe[] keys = [new(10, 0, 0, 2), new(20, 0, 0, 1)];

        Assert.Equal(2, KeyframeZoom.At(keys, 0));
        Assert.Equal(2, KeyframeZoom.At(keys, 10));
        Assert.Equal(1.5, KeyframeZoom.At(keys, 15));
        Assert.Equal(1, KeyframeZoom.At(keys, 99));
        Assert.Equal(1, KeyframeZoom.At([], 5));
    }

    [Fact]
    public void Zoom_2_halves_the_largest_window_and_zoom_1_keeps_the_plan()
    {
        var plan = new ShotPlan(0, 0, 100, CameraMode.Track, 608, 1080, false);

        Assert.Equal(new WindowSize(608, 1080, false), KeyframeZoom.Window(plan, new FrameSize(1920, 1080), AspectRatio.Portrait9x16, 1));
        Assert.Equal(new WindowSize(304, 540, false), KeyframeZoom.Window(plan, new FrameSize(1920, 1080), AspectRatio.Portrait9x16, 2));
        Assert.Equal(new WindowSize(608, 1080, true), KeyframeZoom.Window(plan with { Padded = true }, new FrameSize(1920, 1080), AspectRatio.Portrait9x16, 2));
    }

    [Fact]
    public void Re_solving_with_a_zoomed_keyframe_gives_smaller_windows_around_it_and_keeps_other_shots()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 100).Select(_ => 960.0));
        var path = Tracks.Solve(focus, shots: Pipeline.Reframing.Shots.ShotSegmenter.FromCuts([50], 100));

        var edited = Reframers.CreateSolver().ResolveSpan(path, [new CropKeyframe(20, 700, 540, 2)]);

        var at = edited.Frames[20];
        Assert.Equal(304, at.Width);
        Assert.Equal(540, at.Height);
        Assert.Equal(700, at.CenterX, 0);
        Assert.Equal(540, at.CenterY, 0);
        Assert.All(edited.Frames.Take(50), w => Assert.True(w.Width == 304 && w.IsInside(1920, 1080)));
        Assert.Equal(path.Frames.Skip(50), edited.Frames.Skip(50));
        Assert.Equal(2, Assert.Single(edited.Keyframes).Zoom);
    }

    [Fact]
    public void The_size_is_interpolated_between_two_zoomed_keyframes()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 100).Select(_ => 960.0));
        var path = Tracks.Solve(focus);

        var edited = Reframers.CreateSolver().ResolveSpan(path, [new CropKeyframe(20, 960, 540, 1), new CropKeyframe(60, 960, 540, 2)]);

        Assert.Equal(608, edited.Frames[10].Width);
        Assert.InRange(edited.Frames[40].Width, 400, 420); // zoom 1.5: 1080 / 1.5 = 720 high, 405 wide
        Assert.Equal(304, edited.Frames[90].Width);
    }
}
