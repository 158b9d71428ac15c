namespace WebAttention.Inference.Composition;

/// <summary>
/// Placeholder saliency head with no trained weights: "feature energy × centre prior". The energy is
/// the sum over channels of squared stride-16 activations (textured, object-like regions respond
/// strongly), multiplied by a Gaussian centre prior and peak-normalised per frame. Output stride 16.
/// </summary>
/// <param name="FeatureStride">Which backbone map to read (16 by default: ResNet18 layer3).</param>
/// <param name="CentreSigma">Centre prior σ as a fraction of each side.</param>
public sealed record FeatureEnergyHead(int FeatureStride = 16, float CentreSigma = 0.3f) : ISaliencyHead
{
    /// <inheritdoc />
    public string Name => $"feature-energy-s{FeatureStride}-x-centre-prior";

    /// <inheritdoc />
    public int OutputStride => FeatureStride;

    /// <inheritdoc />
    public void Append(OnnxGraphBuilder graph, BackboneFeatures features, string outputName)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(features);
        var energy = graph.Add(
            "ReduceSumSquare", "energy", [features.At(FeatureStride)],
            OnnxGraphBuilder.Ints("axes", 1), OnnxGraphBuilder.Int("keepdims", 1));
        var prior = CentrePriorNodes.Append(graph, energy, CentreSigma);
        var weighted = graph.Add("Mul", "energy_x_prior", [energy, prior]);
        PeakNormaliseNodes.Append(graph, weighted, outputName);
    }
}
