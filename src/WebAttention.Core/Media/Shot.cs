namespace WebAttention.Core.Media;

/// <summary>A run of frames between two cuts.</summary>
/// <param name="Index">Zero-based shot number.</param>
/// <param name="FirstFrame">First frame of the shot.</param>
/// <param name="FrameCount">Number of frames (at least 1).</param>
public sealed record Shot(int Index, long FirstFrame, long FrameCount)
{
    /// <summary>One past the last frame.</summary>
    public long EndFrame => FirstFrame + FrameCount;

    /// <summary>Whether <paramref name="frame"/> belongs to the shot.</summary>
    public bool Contains(long frame) => frame >= FirstFrame && frame < EndFrame;
}
