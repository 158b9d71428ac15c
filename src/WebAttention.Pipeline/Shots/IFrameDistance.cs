using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// The distance function of <see cref="AdaptiveCutDetector"/>: how far each frame is from the one before it
/// (0 the same, 1 nothing in common). Keeps the previous frame's features, so one instance per clip, fed every frame in order.
/// </summary>
public interface IFrameDistance
{
    /// <summary>
    /// Distance of <paramref name="frame"/> to the previous frame given, in [0, 1]; null for the first frame (and when a
    /// function cannot compare the two frames, e.g. their sizes differ), which starts a new comparison without a cut.
    /// </summary>
    double? Next(VideoFrame frame);
}
