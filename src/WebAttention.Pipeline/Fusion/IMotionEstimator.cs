using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// The motion channel: what moved between two analysed frames of one shot once the camera's own
/// (global) motion is taken out. Pure CPU work; implementations keep no state between calls.
/// </summary>
public interface IMotionEstimator
{
    /// <summary>
    /// Motion energy of <paramref name="current"/> relative to <paramref name="previous"/> on a
    /// <paramref name="grid"/>-sized map, row-major, in [0, 1] (1 = the strongest motion in the frame).
    /// All zeros when nothing moves apart from the camera, or when the frames are not comparable
    /// (a cut, a whip pan the global model cannot explain).
    /// </summary>
    float[] Estimate(VideoFrame previous, VideoFrame current, FrameSize grid);
}
