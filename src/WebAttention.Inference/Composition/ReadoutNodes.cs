using WebAttention.Inference.Readout;

namespace WebAttention.Inference.Composition;

/// <summary>
/// The trained readout as ONNX nodes, operator for operator what the training code's <c>WebAttention.Training.Readout.ReadoutModel</c> computes:
/// (x − mean)·scale → 1×1 Conv (W1, B1) → Relu → 1×1 Conv (W2) → Pad(edge) + vertical and horizontal
/// Gaussian Conv → + prior grid resized (linear, half-pixel) to the map's own size → log density and the
/// peak-normalised map exp(l − max l) (= softmax over positions ÷ its per-frame maximum).
/// </summary>
public static class ReadoutNodes
{
    /// <summary>Short name (inside the section) of the [N,1,h,w] log-density tensor (log p per cell, sums to 1 over cells).</summary>
    public const string LogDensityName = "readout/log_density";

    /// <summary>Appends the readout reading <paramref name="stack"/> [N,C,h,w]; writes <paramref name="outputName"/>.</summary>
    /// <returns>The full name of the log-density tensor (kept only when something reads it).</returns>
    public static string Append(OnnxGraphBuilder graph, string stack, ReadoutParameters parameters, string outputName)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        var (channels, hidden) = (parameters.Channels, parameters.Hidden);
        var mean = graph.Floats("readout/feature_mean", [1, channels, 1, 1], parameters.FeatureMean);
        var scale = graph.Floats("readout/feature_scale", [1, channels, 1, 1], parameters.FeatureScale);
        var centred = graph.Add("Sub", "readout/centred", [stack, mean]);
        var standardised = graph.Add("Mul", "readout/standardised", [centred, scale]);

        var w1 = graph.Floats("readout/w1", [hidden, channels, 1, 1], parameters.W1.ToArray());
        var b1 = graph.Floats("readout/b1", [hidden], parameters.B1.ToArray());
        var hiddenMap = graph.Add("Conv", "readout/hidden", [standardised, w1, b1]);
        var activated = graph.Add("Relu", "readout/hidden_relu", [hiddenMap]);
        var w2 = graph.Floats("readout/w2", [1, hidden, 1, 1], parameters.W2.ToArray());
        var readout = graph.Add("Conv", "readout/map", [activated, w2]);

        var blurred = AppendBlur(graph, readout, parameters.BlurSigma);
        var prior = AppendPrior(graph, blurred, parameters);
        var logits = graph.Add("Add", "readout/logits", [blurred, prior]);

        var peak = graph.Add("ReduceMax", "readout/peak", [logits], OnnxGraphBuilder.Ints("axes", 1, 2, 3), OnnxGraphBuilder.Int("keepdims", 1));
        var shifted = graph.Add("Sub", "readout/shifted", [logits, peak]);
        graph.AddNamed("Exp", outputName, [shifted]);

        var lse = graph.Add("ReduceLogSumExp", "readout/log_sum_exp", [logits], OnnxGraphBuilder.Ints("axes", 1, 2, 3), OnnxGraphBuilder.Int("keepdims", 1));
        return graph.Add("Sub", LogDensityName, [logits, lse]);
    }

    private static string AppendBlur(OnnxGraphBuilder graph, string map, float sigma)
    {
        var kernel = ReadoutMath.BlurKernel(sigma);
        var radius = kernel.Length / 2;
        if (radius == 0)
        {
            return map;
        }

        var pads = graph.Int64s("readout/blur_pads", [8], 0, 0, radius, radius, 0, 0, radius, radius);
        var padded = graph.Add("Pad", "readout/blur_padded", [map, pads], OnnxGraphBuilder.String("mode", "edge"));
        var vertical = graph.Floats("readout/blur_kernel_v", [1, 1, kernel.Length, 1], kernel);
        var horizontal = graph.Floats("readout/blur_kernel_h", [1, 1, 1, kernel.Length], kernel);
        var rows = graph.Add("Conv", "readout/blur_rows", [padded, vertical]);
        return graph.Add("Conv", "readout/blurred", [rows, horizontal]);
    }

    private static string AppendPrior(OnnxGraphBuilder graph, string like, ReadoutParameters parameters)
    {
        var grid = graph.Floats("readout/prior_grid", [1, 1, parameters.PriorRows, parameters.PriorCols], parameters.Prior.ToArray());
        var shape = graph.Add("Shape", "readout/map_shape", [like]);
        var hw = graph.Add("Slice", "readout/map_hw", [shape, graph.Int64s("readout/hw_start", [1], 2), graph.Int64s("readout/hw_end", [1], 4)]);
        var sizes = graph.Add("Concat", "readout/prior_sizes", [graph.Int64s("readout/one_one", [2], 1, 1), hw], OnnxGraphBuilder.Int("axis", 0));
        return graph.Add(
            "Resize", "readout/prior", [grid, string.Empty, string.Empty, sizes],
            OnnxGraphBuilder.String("mode", "linear"), OnnxGraphBuilder.String("coordinate_transformation_mode", "half_pixel"));
    }
}
