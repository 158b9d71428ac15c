namespace WebAttention.Inference.Composition;

/// <summary>Feature-map tensors a backbone exposes inside the composed graph, by stride.</summary>
/// <param name="TensorByStride">Tensor name of the [N,C,H/stride,W/stride] map for each stride.</param>
/// <param name="ChannelsByStride">Channel count C of each of those maps.</param>
public sealed record BackboneFeatures(
    IReadOnlyDictionary<int, string> TensorByStride,
    IReadOnlyDictionary<int, int> ChannelsByStride)
{
    /// <summary>Tensor name of the map at <paramref name="stride"/>.</summary>
    public string At(int stride) =>
        TensorByStride.TryGetValue(stride, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(stride), stride, $"The backbone has no feature map at stride {stride}.");
}
