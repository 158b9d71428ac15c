using WebAttention.Core.Media;

namespace WebAttention.Inference.Prediction;

/// <summary>
/// Which frames of a call to a clip model get a map, and the T frames each one's window holds. Pure.
/// The window of a frame is the T frames ending at it, oldest first, taken from the frames passed in.
/// The pipeline's prediction stage puts up to T − 1 earlier analysed frames in front of each batch as
/// context, so the first T − 1 frames of a call are context (their maps went out with the previous
/// batch) — except when the call starts at the clip's first frame (index 0) or holds fewer than T frames:
/// then they get windows padded at the front by repeating the call's first frame.
/// </summary>
public static class ClipWindows
{
    /// <summary>One frame to predict: its position in the call and the positions of its window, oldest first.</summary>
    /// <param name="Target">Position of the frame whose map this is.</param>
    /// <param name="Frames">Positions of the <c>T</c> frames of its window (the last is <paramref name="Target"/>).</param>
    public readonly record struct Window(int Target, int[] Frames);

    /// <summary>The windows for <paramref name="frames"/> under a temporal window of <paramref name="length"/>.</summary>
    /// <exception cref="ArgumentException">Frame indices do not strictly increase (windows would mix up time).</exception>
    public static List<Window> Plan(IReadOnlyList<VideoFrame> frames, int length)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        for (var i = 1; i < frames.Count && length > 1; i++)
        {
            if (frames[i].Index <= frames[i - 1].Index)
            {
                throw new ArgumentException(
                    $"Frames must come in increasing index order for a clip model (frame {frames[i].Index} follows {frames[i - 1].Index}).", nameof(frames));
            }
        }

        var padded = length == 1 || frames.Count < length || (frames.Count > 0 && frames[0].Index == 0);
        var windows = new List<Window>(frames.Count);
        for (var target = padded ? 0 : length - 1; target < frames.Count; target++)
        {
            var positions = new int[length];
            for (var k = 0; k < length; k++)
            {
                positions[k] = Math.Max(0, target - length + 1 + k);
            }

            windows.Add(new Window(target, positions));
        }

        return windows;
    }
}
