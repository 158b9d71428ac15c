using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Motion;

/// <summary>
/// The motion channel: frames in grey downscaled to a working size, Gaussian pyramids, coarse-to-fine
/// block vectors, a robust similarity fit for the camera (<see cref="RobustSimilarityFit"/>), the
/// previous frame warped by it, and the residual with its noise floor removed, on the map grid.
/// With the frame before the previous one in the history (same shot), a backward three-frame ("double")
/// difference after camera compensation: per pixel the smaller of the residuals against t−1 and against
/// t−2 (each above its own noise floor), so a moving object lights up where it is now and not also where
/// it was (the uncovered background at its t−1 place has not changed since t−2). The camera t−2 → t is the
/// history's t−2 → t−1 camera followed by the fitted t−1 → t one: no second block match, and no search
/// range to outgrow on a fast pan. When t−2 is absent or not comparable, the two-frame residual is used.
/// Frames with too few textured blocks to fit a camera model are compared as if the camera were
/// still, provided most of the frame is unchanged (else they count as not comparable).
/// Stateless and thread-safe: the caller keeps the history (<see cref="MotionHistory.Then"/>).
/// </summary>
public sealed class MotionEstimator : IMotionEstimator
{
    private readonly MotionOptions _options;

    /// <summary>An estimator with <paramref name="options"/> (defaults when null).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public MotionEstimator(MotionOptions? options = null)
    {
        _options = options ?? new MotionOptions();
        if (_options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    /// <summary>The settings in use.</summary>
    public MotionOptions Options => _options;

    /// <summary>
    /// The motion map of <paramref name="current"/> against <paramref name="previous"/> and, when given,
    /// <paramref name="beforePrevious"/> (its camera to <paramref name="previous"/> is fitted again here).
    /// </summary>
    /// <exception cref="ArgumentException">The frames differ in size, a frame's pixels do not match its size, or the grid is empty.</exception>
    public float[] Estimate(VideoFrame? beforePrevious, VideoFrame previous, VideoFrame current, FrameSize grid) =>
        Analyse(new MotionHistory(previous, beforePrevious), current, grid).Map;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// The frames differ in size, a frame's pixels do not match its size, the history's camera is not finite, or the grid is empty.
    /// </exception>
    public MotionAnalysis Analyse(MotionHistory history, VideoFrame current, FrameSize grid)
    {
        ArgumentNullException.ThrowIfNull(history);
        Check(history.Previous, current, nameof(history));
        Check(current, current, nameof(current));
        if (history.BeforePrevious is { } older)
        {
            Check(older, current, nameof(history));
        }

        if (history.PreviousCamera is { } given && !(double.IsFinite(given.A) && double.IsFinite(given.B) && double.IsFinite(given.Tx) && double.IsFinite(given.Ty) && given.Scale > 0))
        {
            throw new ArgumentException($"The history's camera must be finite with a positive scale (was {given}).", nameof(history));
        }

        if (grid.Width <= 0 || grid.Height <= 0)
        {
            throw new ArgumentException($"The map grid must not be empty (was {grid}).", nameof(grid));
        }

        var factor = GrayImage.DownscaleFactor(current.Size, _options.WorkingLongSide);
        var prev = Pyramid(history.Previous, factor);
        var cur = Pyramid(current, factor);
        var step = Fit(prev, cur);
        if (step.Camera is not { } camera)
        {
            return Empty(MotionVerdict.NotComparable, step.Inliers, step.Blocks, 0, grid);
        }

        var (residual, median) = ResidualMap.Compute(prev[0], cur[0], camera, _options.BorderMargin);

        // Too little texture to see the camera move (a bare wall, a table top): when most of the frame
        // is unchanged, take the camera as still so small textured things moving on it still count.
        if (step.AssumedStill && median > _options.MinimumResidual)
        {
            return Empty(MotionVerdict.NotComparable, step.Inliers, step.Blocks, 0, grid);
        }

        var floor = Floor(median);
        ResidualMap.SubtractFloor(residual, (float)floor);
        var threeFrames = history.BeforePrevious is { } beforePrevious
            && KeepWhatChangedSince(beforePrevious, history.PreviousCamera, prev, cur[0], camera, median, factor, residual);
        ResidualMap.Smooth(residual, cur[0].Width, cur[0].Height);
        return ToAnalysis(residual, cur[0], camera.Upscaled(factor), step, floor, threeFrames, grid);
    }

    // Lowers the residual to the one against t−2 where that is smaller; false (residual untouched) when t−2
    // cannot be compared: no camera fits t−2 → t−1, or most of the frame changed (a cut between t−2 and t−1).
    private bool KeepWhatChangedSince(
        VideoFrame frame, CameraMotion? given, GrayImage[] previous, GrayImage current, CameraMotion step, double stepMedian, int factor, float[] residual)
    {
        GrayImage before;
        CameraMotion earlier;
        if (given is { } camera)
        {
            before = GrayImage.FromRgb(frame, factor); // Only level 0 is needed: the camera is known.
            earlier = camera.Downscaled(factor);
        }
        else
        {
            var pyramid = Pyramid(frame, factor);
            if (Fit(pyramid, previous).Camera is not { } fitted)
            {
                return false;
            }

            (before, earlier) = (pyramid[0], fitted);
        }

        var (older, median) = ResidualMap.Compute(before, current, earlier.Then(step), _options.BorderMargin);
        if (median > Math.Max(_options.MinimumResidual, 2 * stepMedian))
        {
            return false;
        }

        ResidualMap.SubtractFloor(older, (float)Floor(median));
        ResidualMap.KeepSmaller(residual, older);
        return true;
    }

    // Block vectors and the camera model from `from` to `to`; no camera when they are not comparable.
    private Fitted Fit(GrayImage[] from, GrayImage[] to)
    {
        var vectors = BlockMatcher.Match(from, to, _options);
        if (vectors.Count < _options.MinimumBlocks)
        {
            return new Fitted(CameraMotion.Identity, 0, vectors.Count, AssumedStill: true);
        }

        var (camera, inliers) = RobustSimilarityFit.Fit(vectors, _options.InlierThreshold);
        var comparable = inliers >= _options.MinimumInlierFraction
            && Math.Abs(camera.Scale - 1) <= _options.MaximumZoom
            && Math.Abs(camera.Rotation) <= _options.MaximumRotation;
        return new Fitted(comparable ? camera : null, inliers, vectors.Count, AssumedStill: false);
    }

    private double Floor(double median) => Math.Max(_options.MinimumResidual, _options.NoiseFloorMultiplier * median);

    private GrayImage[] Pyramid(VideoFrame frame, int factor) => GaussianPyramid.Build(GrayImage.FromRgb(frame, factor), _options.PyramidLevels);

    private static MotionAnalysis ToAnalysis(
        float[] residual, GrayImage working, CameraMotion camera, Fitted step, double floor, bool threeFrames, FrameSize grid)
    {
        var map = ResidualMap.ToGrid(residual, working.Width, working.Height, grid);
        var peak = 0f;
        foreach (var v in map)
        {
            peak = MathF.Max(peak, v);
        }

        // Below a hundredth of a grey level on a cell's average: nothing moved beyond the floor.
        if (peak < 0.01f)
        {
            Array.Clear(map);
            return new MotionAnalysis(MotionVerdict.Still, camera, step.Inliers, step.Blocks, floor, map, threeFrames);
        }

        for (var i = 0; i < map.Length; i++)
        {
            map[i] /= peak;
        }

        return new MotionAnalysis(MotionVerdict.Moving, camera, step.Inliers, step.Blocks, floor, map, threeFrames);
    }

    private static MotionAnalysis Empty(MotionVerdict verdict, double inliers, int blocks, double floor, FrameSize grid) =>
        new(verdict, CameraMotion.Identity, inliers, blocks, floor, new float[grid.Area]);

    private static void Check(VideoFrame frame, VideoFrame current, string name)
    {
        ArgumentNullException.ThrowIfNull(frame, name);
        if (frame.Size.Width <= 0 || frame.Size.Height <= 0 || frame.Rgb is null || frame.Rgb.Length != frame.Size.Area * 3)
        {
            throw new ArgumentException($"Frame {frame.Index} has {frame.Rgb?.Length ?? 0} bytes for size {frame.Size}; RGB24 needs {(long)frame.Size.Area * 3}.", name);
        }

        if (current is not null && frame.Size != current.Size)
        {
            throw new ArgumentException($"Frames differ in size ({frame.Size} and {current.Size}).", name);
        }
    }

    /// <summary>The camera from one frame to the next (null: not comparable), and whether it was only assumed still for want of texture.</summary>
    private readonly record struct Fitted(CameraMotion? Camera, double Inliers, int Blocks, bool AssumedStill);
}
