namespace WebAttention.Training.Readout;

/// <summary>Stacked backbone features of a list of images on a common grid, cell-major per image.</summary>
/// <param name="Rows">Grid rows h.</param>
/// <param name="Cols">Grid columns w.</param>
/// <param name="Channels">Channels C.</param>
/// <param name="Images">Per image: float [h·w, C].</param>
public sealed record FeatureSet(int Rows, int Cols, int Channels, IReadOnlyList<float[]> Images)
{
    /// <summary>Cells per map.</summary>
    public int Cells => Rows * Cols;
}
