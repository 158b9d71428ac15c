namespace WebAttention.Core.Saliency;

/// <summary>
/// Attention over time, computed from a clip's stored maps: one sample every <see cref="Step"/> frames
/// (sample i describes frame i × Step), for the clip page's chart.
/// </summary>
/// <param name="Step">Frames between samples (≥ 1; long clips are thinned to a few thousand samples).</param>
/// <param name="FrameRate">Frames per second of the clip.</param>
/// <param name="FrameCount">Frames in the clip.</param>
/// <param name="Focus">How concentrated attention is, 0 (spread evenly) to 1 (one point): 1 − entropy ÷ log(cells).</param>
/// <param name="CentroidX">Horizontal centre of attention mass, 0–1 of the frame width.</param>
/// <param name="CentroidY">Vertical centre of attention mass, 0–1 of the frame height.</param>
public sealed record AttentionTimelineView(int Step, double FrameRate, long FrameCount, float[] Focus, float[] CentroidX, float[] CentroidY)
{
    /// <summary>First frame of each shot after the first, as the analysis found them (its <c>shots.json</c>); empty when none are known.</summary>
    public IReadOnlyList<long> Cuts { get; init; } = [];
}
