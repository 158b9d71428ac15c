namespace WebAttention.Pipeline.Metrics;

/// <summary>
/// Saliency evaluation metrics as defined by the MIT/Tübingen saliency benchmark:
/// Z. Bylinskii, T. Judd, A. Oliva, A. Torralba, F. Durand, "What do different evaluation metrics tell us
/// about saliency models?", IEEE TPAMI 41(3), 2019, and the benchmark's reference MATLAB code
/// (<c>code_forMetrics</c>), whose conventions are followed where the paper leaves a choice: fixations are a
/// binary map (several fixations on one pixel count once), standard deviations use N − 1, maps are
/// min-max or sum normalised exactly where the reference normalises them, and degenerate inputs give NaN.
/// Pure functions over row-major float maps; maps and fixations must share one grid (resize first with
/// <see cref="Maps.MapResampler"/>).
/// </summary>
public static partial class SaliencyMetrics
{
    /// <summary>MATLAB's <c>eps</c> (2⁻⁵²), the regulariser of the benchmark's KL divergence.</summary>
    public const double Epsilon = 2.220446049250313e-16;
}
