namespace WebAttention.Reframing.Focus;

/// <summary>What one saliency map says about where to look, normalised 0–1 (pixel centres).</summary>
/// <param name="CentroidX">Centroid of the salient mass (values ≥ threshold × peak), horizontal.</param>
/// <param name="CentroidY">Centroid of the salient mass, vertical.</param>
/// <param name="PeakX">Most salient point, horizontal.</param>
/// <param name="PeakY">Most salient point, vertical.</param>
/// <param name="Confidence">1 − mean/peak: 0 for a flat (or empty) map, near 1 for one sharp peak.</param>
public readonly record struct SalientFocus(double CentroidX, double CentroidY, double PeakX, double PeakY, double Confidence)
{
    /// <summary>A flat map: centre of the frame, no confidence.</summary>
    public static SalientFocus Flat { get; } = new(0.5, 0.5, 0.5, 0.5, 0);
}
