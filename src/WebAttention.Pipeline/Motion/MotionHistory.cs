using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Motion;

/// <summary>
/// The analysed frames of the same shot before the one being compared, kept by the caller (the estimator
/// keeps nothing): the frame before it and, when there is one, the frame before that with the camera's
/// motion between the two. With <see cref="BeforePrevious"/> the motion channel lights a moving object
/// only where it is now, not also where it was (see <see cref="MotionEstimator"/>).
/// </summary>
/// <param name="Previous">The analysed frame before the current one (t−1).</param>
/// <param name="BeforePrevious">The analysed frame before <paramref name="Previous"/> (t−2); null on a shot's second frame.</param>
/// <param name="PreviousCamera">
/// The camera's motion from <paramref name="BeforePrevious"/> to <paramref name="Previous"/> in the frames' pixels, as the
/// earlier call reported it (<see cref="MotionAnalysis.Camera"/>); null makes the estimator fit it again (one more block match).
/// </param>
public sealed record MotionHistory(VideoFrame Previous, VideoFrame? BeforePrevious = null, CameraMotion? PreviousCamera = null)
{
    /// <summary>
    /// The history for the frame after <paramref name="current"/>: <paramref name="current"/> becomes the previous frame and
    /// <see cref="Previous"/> the one before it, with the camera <paramref name="analysis"/> found between them; when the two
    /// were not comparable (a cut) only <paramref name="current"/> is kept.
    /// </summary>
    public MotionHistory Then(VideoFrame current, MotionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Verdict == MotionVerdict.NotComparable
            ? new MotionHistory(current)
            : new MotionHistory(current, Previous, analysis.Camera);
    }
}
