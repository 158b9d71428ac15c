using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Tests.Fakes;

/// <summary>Cuts known in advance, for pipeline tests.</summary>
internal sealed class KnownShotBoundaries : IShotBoundaryDetector
{
    private readonly HashSet<long> _cuts;

    /// <summary>Creates the detector from the indices of the first frame of each new shot.</summary>
    /// <param name="cutFrames">Frame indices where a new shot starts; 0 is ignored (the clip's first shot).</param>
    public KnownShotBoundaries(IEnumerable<long> cutFrames)
    {
        ArgumentNullException.ThrowIfNull(cutFrames);
        _cuts = [.. cutFrames.Where(f => f > 0)];
    }

    /// <inheritdoc />
    public bool IsCut(VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return _cuts.Contains(frame.Index);
    }
}
