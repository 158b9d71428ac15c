using System.Text.Json.Serialization;

namespace WebAttention.Training.Evaluation;

/// <summary>The six benchmark metrics of one map (or their means). NaN where a metric is undefined.</summary>
/// <param name="Nss">Normalized Scanpath Saliency (higher is better).</param>
/// <param name="Cc">Linear correlation with the fixation density (higher is better).</param>
/// <param name="Sim">Histogram intersection with the fixation density (higher is better).</param>
/// <param name="Kld">KL divergence of the fixation density from the map (lower is better).</param>
/// <param name="AucJudd">AUC-Judd (higher is better, 0.5 chance).</param>
/// <param name="AucShuffled">Shuffled AUC, negatives from other images (higher is better, 0.5 chance and pure centre bias).</param>
public sealed record MetricScores(double Nss, double Cc, double Sim, double Kld, double AucJudd, double AucShuffled)
{
    /// <summary>The values in display order (NSS, CC, SIM, KLD, AUC-Judd, sAUC).</summary>
    [JsonIgnore]
    public IReadOnlyList<double> Values => [Nss, Cc, Sim, Kld, AucJudd, AucShuffled];
}
