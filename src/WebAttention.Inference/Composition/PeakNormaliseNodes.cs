namespace WebAttention.Inference.Composition;

/// <summary>Divides each frame's map by its own maximum inside the graph, so every frame peaks at 1.</summary>
public static class PeakNormaliseNodes
{
    /// <summary>Smallest divisor, so an all-zero map stays zero instead of becoming NaN.</summary>
    public const float Epsilon = 1e-12f;

    /// <summary>Appends x / max(max over C,H,W of x, ε) and writes it to <paramref name="outputName"/>.</summary>
    public static string Append(OnnxGraphBuilder graph, string map, string outputName)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var peak = graph.Add("ReduceMax", "normalise/peak", [map], OnnxGraphBuilder.Ints("axes", 1, 2, 3), OnnxGraphBuilder.Int("keepdims", 1));
        var safe = graph.Add("Max", "normalise/safe_peak", [peak, graph.FloatScalar("normalise/epsilon", Epsilon)]);
        return graph.AddNamed("Div", outputName, [map, safe]);
    }
}
