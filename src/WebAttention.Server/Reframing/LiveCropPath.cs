using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Inference.Fusion;
using WebAttention.Reframing.Live;

namespace WebAttention.Server.Reframing;

/// <summary>
/// The suggested crop window of a live session: the causal follower (<see cref="CausalCropFollower"/>) with the focus
/// knobs the clips use (<see cref="VideoAttention.FocusFor"/>). Frames of another size start a new path.
/// </summary>
public sealed class LiveCropPath(AspectRatio aspect)
{
    private CausalCropFollower? _follower;
    private FrameSize _size;

    /// <summary>The aspect the windows have.</summary>
    public AspectRatio Aspect => aspect;

    /// <summary>The window for the next frame of <paramref name="frame"/> size, from its fused map and faces.</summary>
    public CropWindow Next(FrameSize frame, ReadOnlySpan<float> map, int mapWidth, int mapHeight, IReadOnlyList<FaceBox> faces)
    {
        if (_follower is null || frame != _size)
        {
            _follower = new CausalCropFollower(frame, aspect, VideoAttention.FocusFor(aspect, frame));
            _size = frame;
        }

        return _follower.Next(map, mapWidth, mapHeight, faces);
    }
}
