using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Pipeline.Shots;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Solving;

public class CropPathSolverTests
{
    [Fact]
    public void A_target_jittering_by_20_px_leaves_the_camera_still()
    {
        var random = new Random(7);
        var focus = Tracks.Of(Enumerable.Range(0, 150).Select(_ => 960.0 + random.Next(-20, 21)));

        var path = Tracks.Solve(focus);

        Assert.Equal(CameraMode.Steady, path.Shots[0].Mode);
        Assert.Single(path.Frames.Select(w => w.X).Distinct());
        Assert.InRange(path.Frames[0].CenterX, 940, 980);
    }

    [Fact]
    public void A_target_moving_linearly_is_followed_within_the_safe_zone_and_closely_mid_shot()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 150).Select(t => 400 + (7.0 * t)));

        var path = Tracks.Solve(focus);

        Assert.Equal(CameraMode.Sweep, path.Shots[0].Mode);
        var window = path.Shots[0].WindowWidth;
        var safe = (path.Weights.SafeZone * window) + 1;
        var close = (path.Weights.DeadZone * window) + 2;
        for (var t = 0; t < 150; t++)
        {
            var tolerance = t is >= 50 and < 100 ? close : safe;
            Assert.InRange(path.Frames[t].CenterX, focus[t].X - tolerance, focus[t].X + tolerance);
            Assert.True(path.Frames[t].IsInside(1920, 1080));
        }
    }

    [Fact]
    public void A_target_that_wanders_is_tracked_smoothly_and_stays_in_the_window()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 200).Select(t => 960 + (500 * Math.Sin(t / 15.0))));

        var path = Tracks.Solve(focus);

        Assert.Equal(CameraMode.Track, path.Shots[0].Mode);
        for (var t = 0; t < 200; t++)
        {
            Assert.InRange(focus[t].X, path.Frames[t].X, path.Frames[t].Right);
        }
    }

    [Fact]
    public void The_window_is_the_largest_of_the_aspect_and_y_is_fixed_when_the_height_is_full()
    {
        var path = Tracks.Solve(Tracks.Of(Enumerable.Repeat(960.0, 10)));

        Assert.All(path.Frames, w => Assert.Equal((608, 1080, 0), (w.Width, w.Height, w.Y)));
    }

    [Fact]
    public void Keyframes_are_honoured_exactly()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 120).Select(t => 960 + (300 * Math.Sin(t / 10.0))));
        var request = new ReframeRequest(AspectRatio.Portrait9x16) { Keyframes = [new(30, 700, 540), new(90, 1300, 540)] };

        var path = Tracks.Solve(focus, request);

        Assert.Equal(700, path.Frames[30].CenterX);
        Assert.Equal(1300, path.Frames[90].CenterX);
        Assert.Equal(2, path.Keyframes.Count);
    }

    [Fact]
    public void A_keyframe_out_of_reach_of_the_speed_limit_is_still_honoured()
    {
        var focus = Tracks.Of(Enumerable.Repeat(960.0, 40));
        var request = new ReframeRequest(AspectRatio.Portrait9x16) { Keyframes = [new(10, 400, 540), new(11, 1500, 540)] };

        var path = Tracks.Solve(focus, request);

        Assert.Equal(400, path.Frames[10].CenterX);
        Assert.Equal(1500, path.Frames[11].CenterX);
    }

    [Fact]
    public void Editing_a_keyframe_re_solves_only_the_span_between_its_neighbours()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 160).Select(t => 960 + (400 * Math.Sin(t / 12.0))));
        var keys = new List<CropKeyframe> { new(30, 800, 540), new(60, 900, 540), new(100, 1100, 540), new(130, 1000, 540) };
        var path = Tracks.Solve(focus, new ReframeRequest(AspectRatio.Portrait9x16) { Keyframes = keys });
        keys[1] = new CropKeyframe(60, 1400, 540);

        var edited = Glop.Solver.ResolveSpan(path, keys);

        Assert.Equal(1400, edited.Frames[60].CenterX);
        for (var t = 0; t < 160; t++)
        {
            if (t is < 30 or > 100)
            {
                Assert.Equal(path.Frames[t], edited.Frames[t]);
            }
        }

        Assert.NotEqual(path.Frames[45], edited.Frames[45]);
        Assert.Equal((30L, 100L), WebAttention.Reframing.Solving.CropPathSolver.SpanOf(path, 60, keys.Select(k => k.Frame)));
    }

    [Fact]
    public void Adding_a_keyframe_without_neighbours_re_solves_its_shot_only()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 100).Select(t => t < 50 ? 500.0 : 1400.0));
        var shots = ShotSegmenter.FromCuts([50], 100);
        var path = Tracks.Solve(focus, shots: shots);

        var edited = Glop.Solver.ResolveSpan(path, [new CropKeyframe(70, 900, 540)]);

        Assert.Equal(900, edited.Frames[70].CenterX);
        Assert.Equal(path.Frames.Take(50), edited.Frames.Take(50));
    }

    [Fact]
    public void Shots_are_solved_independently_so_the_window_jumps_at_a_cut()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 100).Select(t => t < 50 ? 500.0 : 1400.0));

        var path = Tracks.Solve(focus, shots: ShotSegmenter.FromCuts([50], 100));

        Assert.InRange(path.Frames[49].CenterX, 480, 520);
        Assert.InRange(path.Frames[50].CenterX, 1380, 1420);
    }

    [Fact]
    public void A_required_face_stays_inside_the_window_even_when_saliency_points_elsewhere()
    {
        var face = new PixelRect(1500, 400, 150, 200);
        var focus = Enumerable.Range(0, 60).Select(t => new FrameFocus(t, 400, 540, 1, face)).ToList();

        var path = Tracks.Solve(focus);

        Assert.All(path.Frames, w => Assert.True(w.Contains(face), $"{w} misses the face"));
    }

    [Fact]
    public void Two_faces_too_far_apart_for_9_16_give_a_padded_window_holding_both()
    {
        var faces = new PixelRect(200, 300, 200, 250).Union(new PixelRect(1500, 300, 200, 250));
        var focus = Enumerable.Range(0, 30).Select(t => new FrameFocus(t, 960, 540, 1, faces)).ToList();

        var path = Tracks.Solve(focus);

        Assert.True(path.Shots[0].Padded);
        Assert.All(path.Frames, w => Assert.True(w.Padded && w.Contains(faces) && w.IsInside(1920, 1080)));
    }

    [Fact]
    public void The_slower_preset_travels_less_than_the_faster_one()
    {
        var focus = Tracks.Of(Enumerable.Range(0, 240).Select(t => (t / 20) % 2 == 0 ? 700.0 : 1250.0));

        double Travel(MotionPreset preset)
        {
            var path = Tracks.Solve(focus, new ReframeRequest(AspectRatio.Portrait9x16) { Preset = preset });
            return path.Frames.Zip(path.Frames.Skip(1), (a, b) => Math.Abs(b.CenterX - a.CenterX)).Sum();
        }

        Assert.True(Travel(MotionPreset.Slower) < Travel(MotionPreset.Faster));
    }

    [Fact]
    public void Shots_that_do_not_cover_the_frames_are_refused()
    {
        var focus = Tracks.Of(Enumerable.Repeat(960.0, 10));

        Assert.Throws<ArgumentException>(() => Tracks.Solve(focus, shots: ShotSegmenter.FromCuts([], 9)));
    }
}
