namespace WebAttention.Inference.Composition;

/// <summary>
/// The part of the composed graph that turns backbone features into one saliency map per frame.
/// Heads are swappable: today's <see cref="FeatureEnergyHead"/> placeholder, later a trained
/// DeepGaze-style readout (several depths → 1×1 readout → blur → learned centre prior → softmax).
/// </summary>
public interface ISaliencyHead
{
    /// <summary>Short name used in the model's description.</summary>
    string Name { get; }

    /// <summary>Input pixels per output cell (the map's stride); must divide the backbone's size multiple.</summary>
    int OutputStride { get; }

    /// <summary>
    /// Appends the head's nodes to <paramref name="graph"/>. Reads tensors of <paramref name="features"/> and
    /// writes a float [N,1,H/OutputStride,W/OutputStride] tensor named <paramref name="outputName"/>.
    /// </summary>
    void Append(OnnxGraphBuilder graph, BackboneFeatures features, string outputName);
}
