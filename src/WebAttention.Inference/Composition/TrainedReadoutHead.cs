using WebAttention.Inference.Readout;

namespace WebAttention.Inference.Composition;

/// <summary>
/// DeepGaze-style head with trained weights: ResNet18 maps at strides 8, 16 and 32 aligned on the stride-16
/// grid (<see cref="FeatureAlignmentNodes"/>), then the readout of <see cref="ReadoutNodes"/>. Output stride 16,
/// peak-normalised per frame; the normalised log density is also available as <see cref="LogDensityTensor"/>.
/// </summary>
/// <param name="Parameters">Trained readout (its channel count must match the stacked features).</param>
/// <param name="Label">Short label for the model description (e.g. "readout-v1").</param>
public sealed record TrainedReadoutHead(ReadoutParameters Parameters, string Label = "readout") : ISaliencyHead
{
    /// <summary>Backbone strides stacked, in channel order.</summary>
    public static IReadOnlyList<int> FeatureStrides { get; } = [8, 16, 32];

    /// <summary>Grid stride of the stack and of the output map.</summary>
    public const int GridStride = 16;

    /// <summary>Full tensor name of the stacked [N,C,H/16,W/16] features (expose it via <see cref="CompositionOptions.ExtraOutputs"/> to train on).</summary>
    public static string FeatureStackTensor => $"head/{FeatureAlignmentNodes.StackName}";

    /// <summary>Full tensor name of the [N,1,h,w] log density.</summary>
    public static string LogDensityTensor => $"head/{ReadoutNodes.LogDensityName}";

    /// <summary>Channels of the stack for <paramref name="features"/>.</summary>
    public static int StackChannels(BackboneFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return FeatureStrides.Sum(s => features.ChannelsByStride[s]);
    }

    /// <inheritdoc />
    public string Name => $"{Label} (strides 8+16+32 → 1×1 readout {Parameters.Hidden} hidden → blur σ {Parameters.BlurSigma} cells → learned log centre prior → softmax)";

    /// <inheritdoc />
    public int OutputStride => GridStride;

    /// <inheritdoc />
    public void Append(OnnxGraphBuilder graph, BackboneFeatures features, string outputName)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(features);
        var channels = StackChannels(features);
        if (channels != Parameters.Channels)
        {
            throw new ArgumentException($"The readout reads {Parameters.Channels} channels but the backbone stack has {channels}.", nameof(features));
        }

        var stack = FeatureAlignmentNodes.Append(graph, features, FeatureStrides, GridStride);
        ReadoutNodes.Append(graph, stack, Parameters, outputName);
    }
}
