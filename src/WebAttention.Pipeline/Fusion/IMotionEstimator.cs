using WebAttention.Core.Media;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The motion channel: what moved in an analysed frame against the analysed frames of the same shot before
/// it, once the camera's own (global) motion is taken out. Pure CPU work; implementations keep no state
/// between calls: the caller keeps the <see cref="MotionHistory"/> (<see cref="MotionHistory.Then"/>) and
/// starts a new one at every shot.
/// </summary>
public interface IMotionEstimator
{
    /// <summary>
    /// Motion energy of <paramref name="current"/> against the frames in <paramref name="history"/> on a
    /// <paramref name="grid"/>-sized map (<see cref="MotionAnalysis.Map"/>), row-major, in [0, 1] (1 = the
    /// strongest motion in the frame), where the moving things are now. All zeros when nothing moves apart
    /// from the camera, or when the frames are not comparable (a cut, a whip pan the global model cannot explain).
    /// </summary>
    MotionAnalysis Analyse(MotionHistory history, VideoFrame current, FrameSize grid);
}
