namespace WebAttention.Training.Fusion;

/// <summary>
/// One analysed video frame for the video model's fit: its features per grid cell (see
/// <c>VideoChannelFusion.Features</c>: one array per weight) and how many gaze samples fell in each cell.
/// </summary>
/// <param name="Features">Feature k of cell i is <c>Features[k][i]</c>.</param>
/// <param name="Counts">Gaze samples per cell.</param>
public sealed record VideoFitSample(double[][] Features, double[] Counts)
{
    /// <summary>Gaze samples in the frame.</summary>
    public double Total { get; } = Counts.Sum();
}
