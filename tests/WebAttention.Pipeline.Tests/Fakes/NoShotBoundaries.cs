using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>Treats the whole clip as one shot (no cuts); stateless, so one instance serves all clips.</summary>
internal sealed class NoShotBoundaries : IShotBoundaryDetector
{
    /// <summary>The shared instance.</summary>
    public static NoShotBoundaries Instance { get; } = new();

    private NoShotBoundaries()
    {
    }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame) => false;
}
