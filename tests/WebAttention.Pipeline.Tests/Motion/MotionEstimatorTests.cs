using WebAttention.Core.Media;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Tests.Motion;

public class MotionEstimatorTests
{
    private const int Width = 160;
    private const int Height = 120;
    private static readonly FrameSize Grid = new(20, 15);
    private readonly SyntheticFrames _scene = new(seed: 7);
    private readonly MotionEstimator _estimator = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3.3, -1.7)]
    [InlineData(-7.6, 4.2)]
    [InlineData(15.5, 9.25)]
    public void A_panned_background_gives_its_translation_and_no_motion(double dx, double dy)
    {
        var result = _estimator.Analyse(new MotionHistory(_scene.Panned(0, Width, Height, 0, 0)), _scene.Panned(1, Width, Height, dx, dy), Grid);

        Assert.Equal(MotionVerdict.Still, result.Verdict);
        Assert.InRange(result.Camera.Tx, dx - 0.5, dx + 0.5);
        Assert.InRange(result.Camera.Ty, dy - 0.5, dy + 0.5);
        Assert.InRange(result.Camera.Scale, 0.99, 1.01);
        // Blocks whose content left the frame cannot agree; the rest do.
        Assert.True(result.InlierFraction > 0.7, $"inliers {result.InlierFraction:F2}");
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_pan_is_reported_in_the_analysed_frames_pixels_when_frames_are_downscaled()
    {
        var result = _estimator.Analyse(new MotionHistory(_scene.Panned(0, 320, 240, 0, 0)), _scene.Panned(1, 320, 240, 6.4, -3.2), Grid);

        Assert.NotEqual(MotionVerdict.NotComparable, result.Verdict);
        Assert.InRange(result.Camera.Tx, 6.4 - 0.5, 6.4 + 0.5);
        Assert.InRange(result.Camera.Ty, -3.2 - 0.5, -3.2 + 0.5);
    }

    [Theory]
    [InlineData(1.06)]
    [InlineData(0.95)]
    public void A_zoom_gives_its_scale_about_the_centre(double scale)
    {
        var (cx, cy) = (Width / 2.0, Height / 2.0);
        var previous = _scene.Panned(0, Width, Height, 0, 0);
        var current = SyntheticFrames.Draw(1, Width, Height, (x, y) => _scene.Texture(cx + (x - cx) / scale, cy + (y - cy) / scale));

        var result = _estimator.Analyse(new MotionHistory(previous), current, Grid);

        Assert.NotEqual(MotionVerdict.NotComparable, result.Verdict);
        Assert.InRange(result.Camera.Scale, scale - 0.01, scale + 0.01);
        Assert.InRange(Math.Abs(result.Camera.Rotation), 0, 0.01);
        var (mx, my) = result.Camera.Apply(cx, cy);
        Assert.InRange(mx, cx - 0.5, cx + 0.5);
        Assert.InRange(my, cy - 0.5, cy + 0.5);
    }

    [Fact]
    public void A_square_moving_across_a_panning_background_holds_the_peak()
    {
        const double side = 24;
        var (left0, top0, left1, top1) = (100.0, 40.0, 92.0, 46.0);
        var previous = SyntheticFrames.Draw(0, Width, Height, (x, y) => SyntheticFrames.Square(x, y, left0, top0, side) ?? _scene.Texture(x, y));
        var current = SyntheticFrames.Draw(1, Width, Height, (x, y) => SyntheticFrames.Square(x, y, left1, top1, side) ?? _scene.Texture(x - 4, y - 2));

        var result = _estimator.Analyse(new MotionHistory(previous), current, Grid);

        Assert.Equal(MotionVerdict.Moving, result.Verdict);
        Assert.InRange(result.Camera.Tx, 3.5, 4.5);
        Assert.InRange(result.Camera.Ty, 1.5, 2.5);
        var peak = Array.IndexOf(result.Map, result.Map.Max());
        var (px, py) = ((peak % Grid.Width + 0.5) * Width / Grid.Width, (peak / Grid.Width + 0.5) * Height / Grid.Height);
        Assert.InRange(px, Math.Min(left0, left1) - 4, Math.Max(left0, left1) + side + 4);
        Assert.InRange(py, Math.Min(top0, top1) - 4, Math.Max(top0, top1) + side + 4);
        Assert.Equal(1f, result.Map.Max());

        // Far from the square (the left half of the frame) nothing moved.
        for (var gy = 0; gy < Grid.Height; gy++)
        {
            for (var gx = 0; gx < Grid.Width / 2; gx++)
            {
                Assert.Equal(0f, result.Map[gy * Grid.Width + gx]);
            }
        }
    }

    [Fact]
    public void Frames_stay_comparable_when_two_large_subjects_move_their_own_ways_and_the_background_is_under_half()
    {
        const double side = 52;
        double? Subjects(double x, double y, double shift) =>
            SyntheticFrames.Square(x, y, 6 + shift, 6, side) ?? SyntheticFrames.Square(x, y, 86, 46 - shift, side);
        var previous = SyntheticFrames.Draw(0, Width, Height, (x, y) => Subjects(x, y, 0) ?? _scene.Texture(x, y));
        var current = SyntheticFrames.Draw(1, Width, Height, (x, y) => Subjects(x, y, 5) ?? _scene.Texture(x - 2, y - 1));

        var result = _estimator.Analyse(new MotionHistory(previous), current, Grid);

        Assert.True(result.InlierFraction < 0.5, $"inliers {result.InlierFraction:F2}: the scene should leave the background in the minority");
        Assert.True(result.Verdict == MotionVerdict.Moving, $"{result}");
        Assert.InRange(result.Camera.Tx, 1.5, 2.5);
        Assert.InRange(result.Camera.Ty, 0.5, 1.5);
    }

    [Fact]
    public void Identical_frames_give_zeros()
    {
        var frame = _scene.Panned(0, Width, Height, 0, 0);

        var result = _estimator.Analyse(new MotionHistory(frame), frame with { Index = 1 }, Grid);

        Assert.Equal(MotionVerdict.Still, result.Verdict);
        Assert.InRange(result.Camera.Tx, -0.05, 0.05);
        Assert.InRange(result.Camera.Ty, -0.05, 0.05);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Unrelated_frames_are_not_compared()
    {
        var other = new SyntheticFrames(seed: 99);
        var cut = SyntheticFrames.Draw(1, Width, Height, (x, y) => other.Texture(x + 300, y + 200));

        var result = _estimator.Analyse(new MotionHistory(_scene.Panned(0, Width, Height, 0, 0)), cut, Grid);

        Assert.Equal(MotionVerdict.NotComparable, result.Verdict);
        Assert.All(_estimator.Estimate(null, _scene.Panned(0, Width, Height, 0, 0), cut, Grid), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_whip_pan_beyond_the_search_range_is_not_compared()
    {
        var result = _estimator.Analyse(new MotionHistory(_scene.Panned(0, Width, Height, 0, 0)), _scene.Panned(1, Width, Height, 70, 0), Grid);

        Assert.Equal(MotionVerdict.NotComparable, result.Verdict);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Identical_flat_frames_give_zeros()
    {
        var grey = SyntheticFrames.Draw(0, Width, Height, (_, _) => 128);

        var result = _estimator.Analyse(new MotionHistory(grey), grey with { Index = 1 }, Grid);

        Assert.Equal(MotionVerdict.Still, result.Verdict);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_cut_between_flat_frames_is_not_compared()
    {
        var grey = SyntheticFrames.Draw(0, Width, Height, (_, _) => 128);
        var dark = SyntheticFrames.Draw(1, Width, Height, (_, _) => 40);

        var result = _estimator.Analyse(new MotionHistory(grey), dark, Grid);

        Assert.Equal(MotionVerdict.NotComparable, result.Verdict);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_small_object_moving_on_a_flat_table_is_seen_with_the_camera_taken_as_still()
    {
        // Like a coin on a bare table: too few textured blocks to fit a camera model.
        var previous = SyntheticFrames.Draw(0, Width, Height, (x, y) => SyntheticFrames.Square(x, y, 30, 70, 14) ?? 200);
        var current = SyntheticFrames.Draw(1, Width, Height, (x, y) => SyntheticFrames.Square(x, y, 36, 70, 14) ?? 200);

        var result = _estimator.Analyse(new MotionHistory(previous), current, Grid);

        Assert.Equal(MotionVerdict.Moving, result.Verdict);
        Assert.True(result.Blocks < new MotionOptions().MinimumBlocks, $"{result.Blocks} blocks");
        var peak = Array.IndexOf(result.Map, result.Map.Max());
        var (px, py) = ((peak % Grid.Width + 0.5) * Width / Grid.Width, (peak / Grid.Width + 0.5) * Height / Grid.Height);
        Assert.InRange(px, 26, 54);
        Assert.InRange(py, 66, 88);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(40, 30)]
    [InlineData(400, 300)]
    public void The_map_has_the_grid_size_asked_for(int width, int height)
    {
        var previous = SyntheticFrames.Draw(0, Width, Height, (x, y) => SyntheticFrames.Square(x, y, 60, 50, 20) ?? _scene.Texture(x, y));
        var current = SyntheticFrames.Draw(1, Width, Height, (x, y) => SyntheticFrames.Square(x, y, 66, 50, 20) ?? _scene.Texture(x, y));

        var map = _estimator.Estimate(null, previous, current, new FrameSize(width, height));

        Assert.Equal(width * height, map.Length);
        Assert.Equal(1f, map.Max());
        Assert.All(map, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Bad_arguments_are_refused_with_a_reason()
    {
        var frame = _scene.Panned(0, Width, Height, 0, 0);
        var small = _scene.Panned(1, 80, 60, 0, 0);

        Assert.Throws<ArgumentNullException>(() => _estimator.Estimate(null, null!, frame, Grid));
        Assert.Contains("differ in size", Assert.Throws<ArgumentException>(() => _estimator.Estimate(null, frame, small, Grid)).Message, StringComparison.Ordinal);
        Assert.Contains("RGB24", Assert.Throws<ArgumentException>(() => _estimator.Estimate(null, frame, frame with { Rgb = new byte[10] }, Grid)).Message, StringComparison.Ordinal);
        Assert.Contains("grid", Assert.Throws<ArgumentException>(() => _estimator.Estimate(null, frame, frame, new FrameSize(0, 5))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiny_frames_give_zeros_rather_than_failing()
    {
        var tiny = SyntheticFrames.Draw(0, 8, 6, (x, y) => x * 30 + y * 10);

        Assert.All(_estimator.Estimate(null, tiny, tiny with { Index = 1 }, new FrameSize(4, 3)), v => Assert.Equal(0f, v));
    }

    [Theory]
    [InlineData(nameof(MotionOptions.WorkingLongSide))]
    [InlineData(nameof(MotionOptions.PyramidLevels))]
    [InlineData(nameof(MotionOptions.MinimumInlierFraction))]
    [InlineData(nameof(MotionOptions.MaximumZoom))]
    [InlineData(nameof(MotionOptions.MinimumResidual))]
    public void Invalid_options_are_refused_naming_the_setting(string setting)
    {
        var options = setting switch
        {
            nameof(MotionOptions.WorkingLongSide) => new MotionOptions { WorkingLongSide = 8 },
            nameof(MotionOptions.PyramidLevels) => new MotionOptions { PyramidLevels = 0 },
            nameof(MotionOptions.MinimumInlierFraction) => new MotionOptions { MinimumInlierFraction = 1.5 },
            nameof(MotionOptions.MaximumZoom) => new MotionOptions { MaximumZoom = double.NaN },
            _ => new MotionOptions { MinimumResidual = -1 },
        };

        var error = Assert.Throws<ArgumentException>(() => new MotionEstimator(options));
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_options_are_valid() => Assert.Null(new MotionOptions().Validate());
}
