using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Pre-processing inside the graph, so every runtime (ORT CUDA/CPU, onnxruntime-web) does exactly the
/// same: uint8 [N,H,W,3] RGB → float → NCHW → BGR → minus the ImageNet channel means ResNet18 was
/// trained with. Values stay in 0–255 scale (no division), as the CNTK model expects.
/// </summary>
public static class FramePreprocessingNodes
{
    /// <summary>Channel means in B, G, R order.</summary>
    public static IReadOnlyList<float> BgrMeans { get; } = [103.06f, 115.90f, 123.15f];

    /// <summary>Appends the nodes reading <paramref name="framesInput"/> and writing <paramref name="outputName"/>.</summary>
    public static string Append(OnnxGraphBuilder graph, string framesInput, string outputName)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var asFloat = graph.Add("Cast", "float", [framesInput], OnnxGraphBuilder.Int("to", (long)TensorProto.Types.DataType.Float));
        var nchw = graph.Add("Transpose", "nchw_rgb", [asFloat], OnnxGraphBuilder.Ints("perm", 0, 3, 1, 2));
        var bgr = graph.Add("Gather", "nchw_bgr", [nchw, graph.Int64s("bgr_order", [3], 2, 1, 0)], OnnxGraphBuilder.Int("axis", 1));
        var means = graph.Floats("bgr_means", [1, 3, 1, 1], [.. BgrMeans]);
        return graph.AddNamed("Sub", outputName, [bgr, means]);
    }

    /// <summary>
    /// The same computation in C#, for tests: the value of channel <paramref name="channel"/> (B=0, G=1, R=2)
    /// at pixel (<paramref name="x"/>, <paramref name="y"/>) of a packed RGB24 image.
    /// </summary>
    public static float Reference(ReadOnlySpan<byte> rgb, int width, int x, int y, int channel)
    {
        var pixel = ((y * width) + x) * 3;
        return rgb[pixel + (2 - channel)] - BgrMeans[channel];
    }
}
