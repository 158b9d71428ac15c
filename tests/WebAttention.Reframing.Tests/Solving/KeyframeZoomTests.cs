using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Solving;

public class KeyframeZoomTests
{
    [Fact]
    public void Zoom_eases_between_keyframes_and_back_to_1_outside_them()
    {
        CropKeyframe[] keys = [new(40, 0, 0, 2), new(60, 0, 0, 3)];

        Assert.Equal(2, KeyframeZoom.At(keys, 40, easeFrames: 30));
        Assert.Equal(2.5, KeyframeZoom.At(keys, 50, easeFrames: 30), 9);
        Assert.Equal(3, KeyframeZoom.At(keys, 60, easeFrames: 30));
        Assert.Equal(1.5, KeyframeZoom.At(keys, 25, easeFrames: 30), 9); // half way back to 1 before the first
        Assert.Equal(1, KeyframeZoom.At(keys, 10, easeFrames: 30));
        Assert.Equal(1, KeyframeZoom.At(keys, 0, easeFrames: 30));
        Assert.Equal(2, KeyframeZoom.At(keys, 75, easeFrames: 30), 9); // half way back to 1 after the last
        Assert.Equal(1, KeyframeZoom.At(keys, 90, easeFrames: 30));
        Assert.Equal(1, KeyframeZoom.At([], 5, easeFrames: 30));
        Assert.True(KeyframeZoom.At(keys, 41, easeFrames: 30) < 2.01, "The size should leave a keyframe gently.");
    }

    [Fact]
    public void A_zoom_keyframe_at_frame_139_leaves_frame_0_and_the_frames_far_after_it_as_they_were()
    {
        // The reported case: a corner resize at frame 139 changed the box at frame 0 (270x480 → 181x321).
        var focus = Tracks.Of(Enumerable.Range(0, 300).Select(_ => 960.0));
        var solver = Glop.Solver;
        var auto = Tracks.Solve(focus);
        var key = new CropKeyframe(139, 960, 540, 1.5);

        var edited = solver.ResolveSpan(auto, [key]);
        var solved = Tracks.Solve(focus, new ReframeRequest(AspectRatio.Portrait9x16) { Keyframes = [key] });

        foreach (var path in new[] { edited, solved })
        {
            Assert.Equal((auto.Frames[0].Width, auto.Frames[0].Height), (path.Frames[0].Width, path.Frames[0].Height));
            Assert.Equal((608, 1080), (path.Frames[0].Width, path.Frames[0].Height));
            Assert.Equal((405, 720), (path.Frames[139].Width, path.Frames[139].Height));
            Assert.Equal(608, path.Frames[299].Width);
            var ease = KeyframeZoom.EaseFrames(30);
            Assert.All(path.Frames.Take((int)(139 - ease)).Concat(path.Frames.Skip((int)(139 + ease))), w => Assert.Equal(608, w.Width));
            Assert.All(path.Frames.Skip(110).Take(59), w => Assert.InRange(w.Width, 405, 608));
        }
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
        var path = Tracks.Solve(focus, shots: Pipeline.Shots.ShotSegmenter.FromCuts([50], 100));

        var edited = Glop.Solver.ResolveSpan(path, [new CropKeyframe(20, 700, 540, 2)]);

        var at = edited.Frames[20];
        Assert.Equal(304, at.Width);
        Assert.Equal(540, at.Height);
        Assert.Equal(700, at.CenterX, 0);
        Assert.Equal(540, at.CenterY, 0);
        Assert.All(edited.Frames.Take(50), w => Assert.True(w.Width is >= 304 and <= 608 && w.IsInside(1920, 1080)));
        Assert.True(edited.Frames[19].Width < 320 && edited.Frames[21].Width < 320, "Next to the keyframe the window is about its size.");
        Assert.InRange(edited.Frames[49].Width, 600, 607); // 29 frames after it: almost back to the automatic size
        Assert.True(edited.Frames[35].Width > 304 && edited.Frames[35].Width < edited.Frames[49].Width, "The size should ease back.");
        Assert.Equal(path.Frames.Skip(50), edited.Frames.Skip(50));
        Assert.Equal(2, Assert.Single(edited.Keyframes).Zoom);
    }

    [Fact]
    public void The_size_is_interpolated_between_two_zoomed_keyframes()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 100).Select(_ => 960.0));
        var path = Tracks.Solve(focus);

        var edited = Glop.Solver.ResolveSpan(path, [new CropKeyframe(20, 960, 540, 1), new CropKeyframe(60, 960, 540, 2)]);

        Assert.Equal(608, edited.Frames[10].Width);
        Assert.InRange(edited.Frames[40].Width, 400, 420); // zoom 1.5: 1080 / 1.5 = 720 high, 405 wide
        Assert.Equal(304, edited.Frames[60].Width);
        Assert.InRange(edited.Frames[75].Width, 400, 420); // half way back to the automatic size after the last keyframe
        Assert.Equal(608, edited.Frames[90].Width);
    }
}
