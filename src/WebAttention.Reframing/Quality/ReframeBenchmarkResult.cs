namespace WebAttention.Reframing.Quality;

/// <summary>A path's measures beside the two baselines.</summary>
/// <param name="Path">The solved path.</param>
/// <param name="CentreCrop">Fixed centre crop of the same window sizes.</param>
/// <param name="Greedy">Per-frame best window (most saliency mass), no smoothing.</param>
public sealed record ReframeBenchmarkResult(PathQuality Path, PathQuality CentreCrop, PathQuality Greedy);
