using WebAttention.Core.Media;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// The shots of a clip as the analysis found them (<see cref="AdaptiveCutDetector"/> on every frame), stored as
/// <see cref="ShotListFile"/> beside the maps so reframing, the CLI and the studio never detect them again.
/// </summary>
/// <param name="Version">Format version (<see cref="CurrentVersion"/>).</param>
/// <param name="FrameCount">Frames of the clip the cuts were found in.</param>
/// <param name="Cuts">First frame of each shot after the first, ascending, each in (0, <paramref name="FrameCount"/>).</param>
public sealed record ShotList(int Version, long FrameCount, IReadOnlyList<long> Cuts)
{
    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>A list of the current version from the cut frames a detector reported (sorted, deduplicated, clipped to the clip).</summary>
    public static ShotList From(IEnumerable<long> cuts, long frameCount)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        return new ShotList(CurrentVersion, frameCount, [.. cuts.Where(c => c > 0 && c < frameCount).Distinct().Order()]);
    }

    /// <summary>The shots covering <paramref name="frameCount"/> frames (the maps' count; cuts past it are dropped).</summary>
    public IReadOnlyList<Shot> ToShots(long frameCount) => ShotSegmenter.FromCuts(Cuts, frameCount);
}
