using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Abstractions;

/// <summary>
/// Finds shot cuts in a stream of decoded frames. The pipeline calls <see cref="IsCut"/> once for every
/// frame of the clip, in order; implementations may keep state between calls (one instance per clip).
/// </summary>
public interface IShotBoundaryDetector
{
    /// <summary>
    /// True when <paramref name="frame"/> is the first frame of a new shot, i.e. a cut lies between it and
    /// the previous frame. Always false for the clip's first frame.
    /// </summary>
    bool IsCut(VideoFrame frame);
}
