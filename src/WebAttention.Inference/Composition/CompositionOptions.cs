namespace WebAttention.Inference.Composition;

/// <summary>Names and extras of a composed graph.</summary>
/// <param name="InputName">The uint8 [N,H,W,3] RGB frames input.</param>
/// <param name="OutputName">The float [N,1,h,w] saliency output.</param>
/// <param name="ExtraOutputs">
/// Inner tensors to expose as additional float outputs, e.g. <see cref="ResNet18Backbone.InputTensor"/> (the
/// pre-processed image) or feature maps from <see cref="ResNet18Backbone.Features"/> (to train a readout on).
/// Layers only these need are kept; otherwise pruned.
/// </param>
public sealed record CompositionOptions(string InputName, string OutputName, IReadOnlyList<string> ExtraOutputs)
{
    /// <summary>"frames" → "saliency", nothing extra: what the default model ships.</summary>
    public static CompositionOptions Default { get; } = new("frames", "saliency", []);
}
