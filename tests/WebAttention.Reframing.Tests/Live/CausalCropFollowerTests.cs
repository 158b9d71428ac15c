using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Live;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Tests.Live;

/// <summary>The live crop path on synthetic focus points: steady inside the dead band, no overshoot, clamped, faces held.</summary>
public sealed class CausalCropFollowerTests
{
    private static readonly FrameSize Frame = new(1920, 1080);

    private static CausalCropFollower Follower() => new(Frame, AspectRatio.Portrait9x16, new FocusOptions());

    [Fact]
    public void The_first_frame_places_the_window_on_the_focus_at_once()
    {
        var window = Follower().Step(600, 540);

        Assert.Equal((608, 1080), (window.Width, window.Height));
        Assert.Equal(600, window.CenterX, 0);
    }

    [Fact]
    public void A_focus_moving_within_the_dead_band_does_not_move_the_window()
    {
        var follower = Follower();
        var start = follower.Step(960, 540);

        // 20 px jitter against a 608 px window: inside the 10 % dead band.
        var later = Enumerable.Range(0, 30).Select(i => follower.Step(960 + (i % 2 == 0 ? 20 : -20), 540)).ToList();

        Assert.All(later, w => Assert.Equal(start.X, w.X));
    }

    [Fact]
    public void A_jump_is_followed_gradually_monotonically_and_without_overshoot()
    {
        var follower = Follower();
        follower.Step(500, 540);

        var path = new List<double>();
        for (var i = 0; i < 120; i++)
        {
            path.Add(follower.Step(1400, 540).CenterX);
        }


        Assert.True(path[0] - 500 <= (0.04 * 1920) + 1, $"first step {path[0] - 500} px is beyond the speed limit");
        Assert.All(path.Zip(path.Skip(1)), p => Assert.True(p.Second >= p.First - 0.5, "the window moved back"));
        Assert.All(path, x => Assert.True(x <= 1400 + 0.5, $"overshoot to {x}"));
        // It settles within the dead band of the target.
        Assert.InRange(path[^1], 1400 - (0.1 * 608) - 1, 1400);
    }

    [Fact]
    public void The_window_stays_inside_the_frame()
    {
        var follower = Follower();

        var left = follower.Step(-500, 540);
        var right = left;
        for (var i = 0; i < 200; i++)
        {
            right = follower.Step(5000, 540);
        }

        Assert.Equal(0, left.X);
        Assert.Equal(1920, right.Right);
    }

    [Fact]
    public void A_face_that_must_be_framed_pulls_the_window_just_far_enough()
    {
        var follower = Follower();
        follower.Step(960, 540);

        // The focus stays in the centre, but a face sits at x 1300–1400.
        var window = follower.Step(960, 540, new PixelRect(1300, 300, 100, 120));

        Assert.Equal(1400, window.Right);
    }

    [Fact]
    public void A_map_with_a_bright_right_side_draws_the_window_right()
    {
        var follower = Follower();
        var map = new float[16 * 9];
        for (var y = 0; y < 9; y++)
        {
            map[(y * 16) + 13] = 1;
        }

        var window = follower.Next(map, 16, 9, []);

        Assert.True(window.CenterX > 1400, $"centre {window.CenterX}");
    }

    [Fact]
    public void Unusable_options_are_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new CausalCropFollower(Frame, AspectRatio.Square, new FocusOptions(), new CausalCropOptions { Gain = 0 }));

        Assert.Contains("Gain must be in (0, 1]", error.Message, StringComparison.Ordinal);
    }
}
