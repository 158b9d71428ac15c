namespace WebAttention.Inference.Composition;

/// <summary>
/// Builds a Gaussian centre prior inside the graph at whatever size the feature map has, so the
/// graph stays size-agnostic: prior(y,x) = exp(-½((v/σ)² + (u/σ)²)), where u and v are the cell
/// centre's offset from the map centre as a fraction of the width and height (−½…½).
/// </summary>
public static class CentrePriorNodes
{
    /// <summary>
    /// Appends the prior; returns a float [h,w] tensor (broadcasts over [N,1,h,w]) sized like the last
    /// two axes of <paramref name="like"/>.
    /// </summary>
    /// <param name="graph">Section to add to.</param>
    /// <param name="like">A rank-4 tensor whose H and W the prior takes.</param>
    /// <param name="sigma">Standard deviation as a fraction of each side (e.g. 0.3).</param>
    public static string Append(OnnxGraphBuilder graph, string like, float sigma)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        var shape = graph.Add("Shape", "prior/shape", [like]);
        var rows = AxisProfile(graph, shape, axis: 2, "y", sigma);
        var cols = AxisProfile(graph, shape, axis: 3, "x", sigma);
        var column = graph.Add("Unsqueeze", "prior/y_column", [rows, graph.Int64s("prior/axis1", [1], 1)]);
        return graph.Add("Mul", "prior/map", [column, cols]);
    }

    /// <summary>exp(−½((i + ½)/n − ½)² / σ²) for i in 0…n−1, where n is dimension <paramref name="axis"/>.</summary>
    private static string AxisProfile(OnnxGraphBuilder graph, string shape, int axis, string tag, float sigma)
    {
        var n = graph.Add("Gather", $"prior/{tag}_n", [shape, graph.Int64Scalar($"prior/{tag}_axis", axis)],
            OnnxGraphBuilder.Int("axis", 0));
        var index = graph.Add("Range", $"prior/{tag}_index", [graph.Int64Scalar($"prior/{tag}_zero", 0), n, graph.Int64Scalar($"prior/{tag}_one", 1)]);
        var indexF = graph.Add("Cast", $"prior/{tag}_index_f", [index], OnnxGraphBuilder.Int("to", (long)Onnx.TensorProto.Types.DataType.Float));
        var nF = graph.Add("Cast", $"prior/{tag}_n_f", [n], OnnxGraphBuilder.Int("to", (long)Onnx.TensorProto.Types.DataType.Float));
        var half = graph.FloatScalar($"prior/{tag}_half", 0.5f);
        var centre = graph.Add("Add", $"prior/{tag}_centre", [indexF, half]);
        var fraction = graph.Add("Div", $"prior/{tag}_fraction", [centre, nF]);
        var offset = graph.Add("Sub", $"prior/{tag}_offset", [fraction, half]);
        var scaled = graph.Add("Div", $"prior/{tag}_scaled", [offset, graph.FloatScalar($"prior/{tag}_sigma", sigma)]);
        var squared = graph.Add("Mul", $"prior/{tag}_squared", [scaled, scaled]);
        var exponent = graph.Add("Mul", $"prior/{tag}_exponent", [squared, graph.FloatScalar($"prior/{tag}_minus_half", -0.5f)]);
        return graph.Add("Exp", $"prior/{tag}_profile", [exponent]);
    }
}
