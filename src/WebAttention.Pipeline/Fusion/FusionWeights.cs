namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Weights of the log-linear fusion of the attention channels (see <see cref="ChannelFusion"/>):
/// fused ∝ model × exp(<see cref="Face"/> × faces + <see cref="Motion"/> × motion).
/// </summary>
/// <param name="Face">Log-weight of the face channel (0 turns it off).</param>
/// <param name="FaceSigma">Standard deviation of a face's Gaussian blob, as a fraction of the box's width and height.</param>
/// <param name="Motion">Log-weight of the motion channel (0 turns it off).</param>
public sealed record FusionWeights(double Face, double FaceSigma, double Motion)
{
    /// <summary>Only the image model: both extra channels off.</summary>
    public static FusionWeights ModelOnly { get; } = new(0, 0.5, 0);

    /// <summary>Why the weights are unusable, or null when they are fine.</summary>
    public string? Validate() =>
        !double.IsFinite(Face) || Face is < 0 or > 20 ? $"{nameof(Face)} must be in [0, 20] (was {Face})."
        : !double.IsFinite(FaceSigma) || FaceSigma is <= 0 or > 5 ? $"{nameof(FaceSigma)} must be in (0, 5] (was {FaceSigma})."
        : !double.IsFinite(Motion) || Motion is < 0 or > 20 ? $"{nameof(Motion)} must be in [0, 20] (was {Motion})."
        : null;
}
