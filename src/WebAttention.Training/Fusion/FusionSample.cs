using WebAttention.Core.Media;

namespace WebAttention.Training.Fusion;

/// <summary>
/// One eye-tracked image as the fusion fit sees it: the attention model's map on its grid (peak 1), the
/// fixation counts per grid cell, and the faces found in the image.
/// </summary>
/// <param name="Cols">Grid columns.</param>
/// <param name="Rows">Grid rows.</param>
/// <param name="Model">Model map, row-major, Cols × Rows, non-negative.</param>
/// <param name="Counts">Fixations per cell, same layout.</param>
/// <param name="Faces">Faces found, normalised to the image.</param>
public sealed record FusionSample(int Cols, int Rows, float[] Model, float[] Counts, IReadOnlyList<FaceBox> Faces)
{
    /// <summary>Fixations on the grid.</summary>
    public double FixationCount => Counts.Sum(c => (double)c);
}
