namespace WebAttention.Reframing.Model;

/// <summary>What the solver decided for one shot: camera mode and the (fixed) window size.</summary>
/// <param name="Index">Shot number.</param>
/// <param name="FirstFrame">First frame.</param>
/// <param name="FrameCount">Number of frames.</param>
/// <param name="Mode">Camera mode chosen by <c>CameraModeSelector</c>.</param>
/// <param name="WindowWidth">Window width for the whole shot (zoom is fixed per shot).</param>
/// <param name="WindowHeight">Window height for the whole shot.</param>
/// <param name="Padded">Whether required content forced a window of another aspect, letterboxed.</param>
public sealed record ShotPlan(int Index, long FirstFrame, long FrameCount, CameraMode Mode, int WindowWidth, int WindowHeight, bool Padded)
{
    /// <summary>One past the last frame.</summary>
    public long EndFrame => FirstFrame + FrameCount;
}
