namespace WebAttention.Media.Rendering;

/// <summary>A run of consecutive frames sharing one window size and padding (a path of one run renders with the crop-then-scale graph).</summary>
/// <param name="FirstFrame">First frame.</param>
/// <param name="EndFrame">One past the last frame.</param>
/// <param name="WindowWidth">Window width of the run.</param>
/// <param name="WindowHeight">Window height of the run.</param>
/// <param name="Padded">Whether the run is letterboxed.</param>
public sealed record RenderSegment(long FirstFrame, long EndFrame, int WindowWidth, int WindowHeight, bool Padded)
{
    /// <summary>Number of frames.</summary>
    public long FrameCount => EndFrame - FirstFrame;
}
