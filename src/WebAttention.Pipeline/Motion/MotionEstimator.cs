using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Motion;

/// <summary>
/// The motion channel: frames in grey downscaled to a working size, Gaussian pyramids, coarse-to-fine
/// block vectors, a robust similarity fit for the camera (<see cref="RobustSimilarityFit"/>), the
/// previous frame warped by it, and the residual with its noise floor removed, on the map grid.
/// Frames with too few textured blocks to fit a camera model are compared as if the camera were
/// still, provided most of the frame is unchanged (else they count as not comparable).
/// Stateless and thread-safe.
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

    /// <inheritdoc />
    public float[] Estimate(VideoFrame previous, VideoFrame current, FrameSize grid) => Analyse(previous, current, grid).Map;

    /// <summary>Like <see cref="Estimate"/>, with the camera model and the figures behind the verdict.</summary>
    /// <exception cref="ArgumentException">The frames differ in size, a frame's pixels do not match its size, or the grid is empty.</exception>
    public MotionAnalysis Analyse(VideoFrame previous, VideoFrame current, FrameSize grid)
    {
        Check(previous, nameof(previous));
        Check(current, nameof(current));
        if (previous.Size != current.Size)
        {
            throw new ArgumentException($"Frames differ in size ({previous.Size} and {current.Size}).", nameof(current));
        }

        if (grid.Width <= 0 || grid.Height <= 0)
        {
            throw new ArgumentException($"The map grid must not be empty (was {grid}).", nameof(grid));
        }

        var factor = GrayImage.DownscaleFactor(current.Size, _options.WorkingLongSide);
        var prev = GaussianPyramid.Build(GrayImage.FromRgb(previous, factor), _options.PyramidLevels);
        var cur = GaussianPyramid.Build(GrayImage.FromRgb(current, factor), _options.PyramidLevels);
        var vectors = BlockMatcher.Match(prev, cur, _options);
        if (vectors.Count < _options.MinimumBlocks)
        {
            // Too little texture to see the camera move (a bare wall, a table top): when most of the frame
            // is unchanged, take the camera as still so small textured things moving on it still count.
            return Residual(prev[0], cur[0], CameraMotion.Identity, 0, vectors.Count, factor, grid, requireStillMedian: true);
        }

        var (camera, inliers) = RobustSimilarityFit.Fit(vectors, _options.InlierThreshold);
        if (inliers < _options.MinimumInlierFraction
            || Math.Abs(camera.Scale - 1) > _options.MaximumZoom
            || Math.Abs(camera.Rotation) > _options.MaximumRotation)
        {
            return Empty(MotionVerdict.NotComparable, inliers, vectors.Count, 0, grid);
        }

        return Residual(prev[0], cur[0], camera, inliers, vectors.Count, factor, grid, requireStillMedian: false);
    }

    private MotionAnalysis Residual(
        GrayImage previous, GrayImage current, CameraMotion camera, double inliers, int blocks, int factor, FrameSize grid, bool requireStillMedian)
    {
        var (w, h) = (current.Width, current.Height);
        var (residual, median) = ResidualMap.Compute(previous, current, camera, _options.BorderMargin);
        if (requireStillMedian && median > _options.MinimumResidual)
        {
            return Empty(MotionVerdict.NotComparable, inliers, blocks, 0, grid);
        }

        var floor = Math.Max(_options.MinimumResidual, _options.NoiseFloorMultiplier * median);
        ResidualMap.SuppressNoise(residual, w, h, (float)floor);
        var map = ResidualMap.ToGrid(residual, w, h, grid);
        var frameCamera = camera.Upscaled(factor);
        var peak = 0f;
        foreach (var v in map)
        {
            peak = MathF.Max(peak, v);
        }

        // Below a hundredth of a grey level on a cell's average: nothing moved beyond the floor.
        if (peak < 0.01f)
        {
            Array.Clear(map);
            return new MotionAnalysis(MotionVerdict.Still, frameCamera, inliers, blocks, floor, map);
        }

        for (var i = 0; i < map.Length; i++)
        {
            map[i] /= peak;
        }

        return new MotionAnalysis(MotionVerdict.Moving, frameCamera, inliers, blocks, floor, map);
    }

    private static MotionAnalysis Empty(MotionVerdict verdict, double inliers, int blocks, double floor, FrameSize grid) =>
        new(verdict, CameraMotion.Identity, inliers, blocks, floor, new float[grid.Area]);

    private static void Check(VideoFrame frame, string name)
    {
        ArgumentNullException.ThrowIfNull(frame, name);
        if (frame.Size.Width <= 0 || frame.Size.Height <= 0 || frame.Rgb is null || frame.Rgb.Length != frame.Size.Area * 3)
        {
            throw new ArgumentException($"Frame {frame.Index} has {frame.Rgb?.Length ?? 0} bytes for size {frame.Size}; RGB24 needs {(long)frame.Size.Area * 3}.", name);
        }
    }
}
