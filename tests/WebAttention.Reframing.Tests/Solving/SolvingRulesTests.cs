using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Solving;

namespace WebAttention.Reframing.Tests.Solving;

public class SolvingRulesTests
{
    private static readonly FrameSize Hd = new(1920, 1080);
    private static readonly PathWeights Default = PathWeights.For(MotionPreset.Default);

    private static List<FrameFocus> Track(Func<int, double> x, int n = 60) => [.. Enumerable.Range(0, n).Select(t => new FrameFocus(t, x(t), 540, 1))];

    [Theory]
    [InlineData(9, 16, 608, 1080)]
    [InlineData(1, 1, 1080, 1080)]
    [InlineData(4, 5, 864, 1080)]
    [InlineData(16, 9, 1920, 1080)]
    [InlineData(21, 9, 1920, 823)]
    public void The_window_is_the_largest_of_the_aspect_that_fits(int aw, int ah, int w, int h)
    {
        Assert.Equal(new WindowSize(w, h, false), WindowSizer.Largest(Hd, new AspectRatio(aw, ah)));
    }

    [Fact]
    public void Zoom_shrinks_the_window_but_never_below_the_required_region()
    {
        Assert.Equal(new WindowSize(304, 540, false), WindowSizer.ForShot(Hd, AspectRatio.Portrait9x16, 2, 0, 0));
        var grown = WindowSizer.ForShot(Hd, AspectRatio.Portrait9x16, 2, 400, 300);
        Assert.True(grown.Width >= 400 && !grown.Padded && Math.Abs(grown.Width - (grown.Height * 9 / 16.0)) <= 1);
    }

    [Fact]
    public void Required_content_wider_than_the_largest_window_is_padded_not_cut()
    {
        var size = WindowSizer.ForShot(Hd, AspectRatio.Portrait9x16, 1, 1500, 300);

        Assert.Equal(new WindowSize(1500, 1080, true), size);
    }

    [Fact]
    public void A_focus_inside_the_band_is_steady_a_line_is_a_sweep_and_anything_else_is_tracked()
    {
        Assert.Equal(CameraMode.Steady, CameraModeSelector.Select(Track(t => 960 + (t % 2 == 0 ? 20 : -20)), 608, 1080, Default));
        Assert.Equal(CameraMode.Sweep, CameraModeSelector.Select(Track(t => 400 + (15.0 * t)), 608, 1080, Default));
        Assert.Equal(CameraMode.Track, CameraModeSelector.Select(Track(t => 960 + (500 * Math.Sin(t / 8.0))), 608, 1080, Default));
    }

    [Fact]
    public void The_steady_position_is_the_weighted_median_clamped_into_every_frames_bounds()
    {
        Assert.Equal(500, SteadyPosition.Solve([100, 500, 900], [1, 1, 1], [0, 0, 0], [2000, 2000, 2000]));
        Assert.Equal(700, SteadyPosition.Solve([100, 500, 900], [1, 1, 1], [0, 700, 0], [2000, 2000, 2000]));
        Assert.Null(SteadyPosition.Solve([100, 500], [1, 1], [0, 700], [600, 2000]));
    }

    [Fact]
    public void Preset_weights_are_ordered_from_calm_to_responsive()
    {
        var slower = PathWeights.For(MotionPreset.Slower);
        var faster = PathWeights.For(MotionPreset.Faster);

        Assert.True(slower.Velocity > Default.Velocity && Default.Velocity > faster.Velocity);
        Assert.True(slower.MaxSpeed < Default.MaxSpeed && Default.MaxSpeed < faster.MaxSpeed);
        Assert.Empty(Default.Validate());
        Assert.NotEmpty((Default with { MaxSpeed = 0 }).Validate());
    }
}
