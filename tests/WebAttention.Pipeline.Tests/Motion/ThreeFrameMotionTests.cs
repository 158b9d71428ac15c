using WebAttention.Core.Media;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Tests.Motion;

/// <summary>
/// The backward three-frame difference: a square 20 px wide jumping 36 px right per frame (further than its
/// own width, so its places at t−2, t−1 and t do not overlap) over a background panning (3, 1) px per frame.
/// Against t−1 alone the residual is high where the square is (t) and where it was (t−1: uncovered background);
/// against t−2 the place at t−1 shows the same background as at t, so the minimum keeps only the place at t.
/// </summary>
public class ThreeFrameMotionTests
{
    private const int Width = 160;
    private const int Height = 120;
    private const double Side = 20;
    private const double Top = 50;
    private static readonly FrameSize Grid = new(20, 15); // 8 × 8 px cells
    private static readonly double[] Lefts = [16, 52, 88];
    private readonly SyntheticFrames _scene = new(seed: 7);
    private readonly MotionEstimator _estimator = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_moving_square_lights_up_where_it_is_now_and_not_where_it_was(bool cameraFromHistory)
    {
        var frames = Frames();
        var history = new MotionHistory(frames[0]).Then(frames[1], _estimator.Analyse(new MotionHistory(frames[0]), frames[1], Grid));
        if (!cameraFromHistory)
        {
            history = history with { PreviousCamera = null }; // the estimator fits t−2 → t−1 itself
        }

        var result = _estimator.Analyse(history, frames[2], Grid);

        Assert.True(result.ComparedWithBeforePrevious);
        Assert.Equal(MotionVerdict.Moving, result.Verdict);
        Assert.InRange(result.Camera.Tx, 2.5, 3.5);
        Assert.InRange(result.Camera.Ty, 0.5, 1.5);
        Assert.True(Place(result.Map, Lefts[2]) >= 0.5f, $"now {Place(result.Map, Lefts[2])}");
        Assert.True(Place(result.Map, Lefts[1]) <= 0.05f, $"before {Place(result.Map, Lefts[1])}");
        Assert.True(Place(result.Map, Lefts[0]) <= 0.05f, $"two before {Place(result.Map, Lefts[0])}");
    }

    [Fact]
    public void The_second_frame_of_a_shot_gives_the_two_frame_map_with_the_place_it_left()
    {
        var frames = Frames();

        var result = _estimator.Analyse(new MotionHistory(frames[1]), frames[2], Grid);

        Assert.False(result.ComparedWithBeforePrevious);
        Assert.Equal(MotionVerdict.Moving, result.Verdict);
        Assert.True(Place(result.Map, Lefts[2]) >= 0.5f, $"now {Place(result.Map, Lefts[2])}");
        Assert.True(Place(result.Map, Lefts[1]) >= 0.5f, $"before {Place(result.Map, Lefts[1])}"); // the ghost three frames remove
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cut_between_the_two_earlier_frames_falls_back_to_the_two_frame_map(bool cameraFromHistory)
    {
        var frames = Frames();
        var other = new SyntheticFrames(seed: 99);
        var otherShot = SyntheticFrames.Draw(0, Width, Height, (x, y) => other.Texture(x + 300, y + 200));
        // A caller that kept a camera across the cut anyway: the residual against t−2 then changes almost everywhere.
        var history = new MotionHistory(frames[1], otherShot, cameraFromHistory ? CameraMotion.Identity : null);

        var result = _estimator.Analyse(history, frames[2], Grid);
        var twoFrames = _estimator.Analyse(new MotionHistory(frames[1]), frames[2], Grid);

        Assert.False(result.ComparedWithBeforePrevious);
        Assert.Equal(twoFrames.Verdict, result.Verdict);
        Assert.Equal(twoFrames.Map, result.Map);
        Assert.True(Place(result.Map, Lefts[2]) >= 0.5f, $"now {Place(result.Map, Lefts[2])}");
    }

    [Fact]
    public void A_still_scene_stays_zeros()
    {
        var frame = _scene.Panned(0, Width, Height, 0, 0);

        var result = _estimator.Analyse(new MotionHistory(frame, frame with { Index = -1 }, CameraMotion.Identity), frame with { Index = 1 }, Grid);

        Assert.True(result.ComparedWithBeforePrevious);
        Assert.Equal(MotionVerdict.Still, result.Verdict);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_pan_with_nothing_else_moving_stays_zeros()
    {
        var frames = Enumerable.Range(0, 3).Select(t => _scene.Panned(t, Width, Height, 3 * t, t)).ToArray();

        var result = _estimator.Analyse(new MotionHistory(frames[1], frames[0]), frames[2], Grid);

        Assert.True(result.ComparedWithBeforePrevious);
        Assert.Equal(MotionVerdict.Still, result.Verdict);
        Assert.All(result.Map, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Bad_history_is_refused_with_a_reason()
    {
        var frames = Frames();
        var small = _scene.Panned(0, 80, 60, 0, 0);

        Assert.Throws<ArgumentNullException>(() => _estimator.Analyse(null!, frames[2], Grid));
        Assert.Contains("differ in size", Assert.Throws<ArgumentException>(() => _estimator.Analyse(new MotionHistory(frames[1], small), frames[2], Grid)).Message, StringComparison.Ordinal);
        var nan = new CameraMotion(double.NaN, 0, 0, 0);
        Assert.Contains("camera", Assert.Throws<ArgumentException>(() => _estimator.Analyse(new MotionHistory(frames[1], frames[0], nan), frames[2], Grid)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_moves_on_one_frame_and_drops_the_older_frame_after_a_cut()
    {
        var frames = Frames();
        var comparable = new MotionAnalysis(MotionVerdict.Moving, new CameraMotion(1, 0, 3, 1), 0.9, 20, 8, new float[Grid.Area]);
        var cut = comparable with { Verdict = MotionVerdict.NotComparable };

        var next = new MotionHistory(frames[0]).Then(frames[1], comparable);

        Assert.Equal(new MotionHistory(frames[1], frames[0], new CameraMotion(1, 0, 3, 1)), next);
        Assert.Equal(new MotionHistory(frames[2]), next.Then(frames[2], cut));
    }

    private VideoFrame[] Frames() =>
        [.. Lefts.Select((left, t) => SyntheticFrames.Draw(
            t, Width, Height, (x, y) => SyntheticFrames.Square(x, y, left, Top, Side) ?? _scene.Texture(x - 3 * t, y - t)))];

    // Highest cell wholly inside the square placed at `left` (cells are 8 px: columns ⌈left/8⌉ … and row 7, y 56–64).
    private static float Place(float[] map, double left)
    {
        var first = (int)Math.Ceiling(left / 8);
        var last = (int)Math.Floor((left + Side) / 8) - 1;
        var peak = 0f;
        for (var gx = first; gx <= last; gx++)
        {
            peak = MathF.Max(peak, map[7 * Grid.Width + gx]);
        }

        return peak;
    }
}
