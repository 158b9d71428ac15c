namespace WebAttention.Inference.Composition;

/// <summary>
/// Brings backbone maps of several strides onto one grid and stacks them along channels: finer maps are
/// average-pooled (kernel = stride ratio), coarser maps are upsampled bilinearly (Resize linear,
/// half-pixel). With strides 8/16/32 onto 16: [N,128+256+512,H/16,W/16].
/// </summary>
public static class FeatureAlignmentNodes
{
    /// <summary>Short name (inside the head section) of the stacked tensor.</summary>
    public const string StackName = "features";

    /// <summary>Appends the nodes; returns the stacked tensor's name.</summary>
    /// <param name="graph">Section to add to.</param>
    /// <param name="features">The backbone's maps.</param>
    /// <param name="strides">Which strides to stack, in channel order.</param>
    /// <param name="targetStride">Stride of the common grid.</param>
    public static string Append(OnnxGraphBuilder graph, BackboneFeatures features, IReadOnlyList<int> strides, int targetStride)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(strides);
        var aligned = new List<string>(strides.Count);
        foreach (var stride in strides)
        {
            var source = features.At(stride);
            if (stride == targetStride)
            {
                aligned.Add(source);
            }
            else if (stride < targetStride)
            {
                var factor = targetStride / stride;
                aligned.Add(graph.Add(
                    "AveragePool", $"{StackName}/s{stride}_pool", [source],
                    OnnxGraphBuilder.Ints("kernel_shape", factor, factor), OnnxGraphBuilder.Ints("strides", factor, factor)));
            }
            else
            {
                float factor = stride / targetStride;
                var scales = graph.Floats($"{StackName}/s{stride}_scales", [4], 1f, 1f, factor, factor);
                aligned.Add(graph.Add(
                    "Resize", $"{StackName}/s{stride}_up", [source, string.Empty, scales],
                    OnnxGraphBuilder.String("mode", "linear"), OnnxGraphBuilder.String("coordinate_transformation_mode", "half_pixel")));
            }
        }

        return graph.Add("Concat", StackName, aligned, OnnxGraphBuilder.Int("axis", 1));
    }
}
