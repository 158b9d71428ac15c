using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Shots;

/// <summary>Treats the whole clip as one shot (no cuts); stateless, so one instance serves all clips.</summary>
public sealed class NoShotBoundaries : IShotBoundaryDetector
{
    /// <summary>The shared instance.</summary>
    public static NoShotBoundaries Instance { get; } = new();

    private NoShotBoundaries()
    {
    }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame) => false;
}
