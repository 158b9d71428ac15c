using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;

namespace WebAttention.Reframing.Tests.Quality;

public class GazeShareTests
{
    [Fact]
    public void Share_pools_the_gaze_samples_inside_each_frames_window()
    {
        CropWindow[] windows = [new(0, 0, 10, 20), new(10, 0, 10, 20)];
        GazePoint[] gaze = [new(0, 5, 5), new(0, 15, 5), new(1, 15, 5), new(1, 9.9, 5), new(2, 1, 1)];

        var (inside, total) = GazeShare.Count(windows, gaze);

        Assert.Equal((2, 4), (inside, total)); // frame 2 has no window; x = 9.9 is left of [10, 20)
        Assert.Equal(0.5, GazeShare.Share(windows, gaze));
        Assert.True(double.IsNaN(GazeShare.Share(windows, [])));
    }

    [Fact]
    public void Oracle_moves_each_window_to_hold_the_most_gaze_of_its_frame()
    {
        CropWindow[] windows = [new(0, 0, 9, 16), new(0, 0, 9, 16)];
        // Frame 0: three samples near x = 30, one at x = 2; frame 1: no gaze.
        GazePoint[] gaze = [new(0, 28, 3), new(0, 31, 8), new(0, 35.5, 12), new(0, 2, 2)];

        var oracle = GazeShare.Oracle(windows, gaze, 40, 16);

        Assert.Equal(3, gaze.Count(g => GazeShare.Contains(oracle[0], g.X, g.Y)));
        Assert.Equal((9, 16), (oracle[0].Width, oracle[0].Height));
        Assert.InRange(oracle[0].X, 27, 31);
        Assert.Equal(windows[1], oracle[1]);
        Assert.True(GazeShare.Share(oracle, gaze) >= GazeShare.Share(windows, gaze));
    }

    [Fact]
    public void Oracle_stays_inside_the_frame()
    {
        CropWindow[] windows = [new(0, 0, 9, 16)];

        var oracle = GazeShare.Oracle(windows, [new(0, 39, 5)], 40, 16);

        Assert.Equal(31, oracle[0].X);
        Assert.True(oracle[0].IsInside(40, 16));
    }
}

public class FocusEvidenceTests
{
    private static readonly WebAttention.Core.Media.FrameSize Source = new(640, 480);

    [Fact]
    public void A_centre_prior_keeps_a_weak_map_near_the_centre_and_lets_a_clear_subject_lead()
    {
        var options = new FocusOptions { CentreWeight = 0.5, ConfidencePower = 2 };
        var weak = new WebAttention.Reframing.Focus.SalientFocus(0.9, 0.5, 0.9, 0.5, 0.2);
        var clear = weak with { Confidence = 0.95 };

        var weakFocus = WebAttention.Reframing.Focus.FocusFusion.Fuse(0, weak, [], Source, options);
        var clearFocus = WebAttention.Reframing.Focus.FocusFusion.Fuse(0, clear, [], Source, options);
        var today = WebAttention.Reframing.Focus.FocusFusion.Fuse(0, weak, [], Source, new FocusOptions());

        Assert.InRange(weakFocus.X, 320, 360); // 0.06 of weight on 576 px vs 0.5 on 320 px
        Assert.InRange(clearFocus.X, 480, 576);
        Assert.Equal(576, today.X, 6); // defaults: the map alone decides, as before
    }
}

public class MassWindowFocusTests
{
    [Fact]
    public void The_best_window_holds_the_most_mass_and_its_gain_is_over_the_centred_window()
    {
        var map = new float[10 * 2];
        map[8] = map[18] = 1f; // all mass in column 8

        var focus = WebAttention.Reframing.Focus.MassWindowFocus.Compute(map, 10, 2, 0.4, 1);

        Assert.InRange(focus.X, 0.55, 0.95); // a 4-column window that contains column 8
        Assert.Equal(0.5, focus.Y);
        Assert.Equal(1, focus.Gain, 6); // the centred window (columns 3–6) holds none of it
    }

    [Fact]
    public void A_flat_or_empty_map_keeps_the_centre()
    {
        var flat = WebAttention.Reframing.Focus.MassWindowFocus.Compute(Enumerable.Repeat(1f, 20).ToArray(), 10, 2, 0.4, 1);

        Assert.Equal(0.5, flat.X, 6);
        Assert.Equal(0, flat.Gain, 6);
        Assert.Equal(WebAttention.Reframing.Focus.WindowFocus.Centre, WebAttention.Reframing.Focus.MassWindowFocus.Compute(new float[20], 10, 2, 0.4, 1));
    }
}
