using Onnx;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Readout;

namespace WebAttention.Training.Tests.Support;

/// <summary>
/// The readout alone as a tiny ONNX model: float <c>features</c> [N,C,h,w] → <c>saliency</c> [N,1,h,w]
/// (peak-normalised) and <c>log_density</c> [N,1,h,w]: test support for checking the graph the product composes
/// (<see cref="ReadoutNodes"/>) against the training code's C# readout (<c>ReadoutModel</c>).
/// </summary>
public static class ReadoutGraph
{
    /// <summary>Builds the model for <paramref name="parameters"/>.</summary>
    public static ModelProto Standalone(ReadoutParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var graph = new GraphProto { Name = "readout" };
        var builder = new OnnxGraphBuilder(graph, "head");
        var logDensity = ReadoutNodes.Append(builder, "features", parameters, "saliency");
        builder.AddNamed("Identity", "log_density", [logDensity]);
        graph.Input.Add(FloatTensor("features", "N", parameters.Channels, "h", "w"));
        graph.Output.Add(FloatTensor("saliency", "N", 1, "h", "w"));
        graph.Output.Add(FloatTensor("log_density", "N", 1, "h", "w"));
        var model = new ModelProto { IrVersion = OpsetUpgrade.TargetIrVersion, ProducerName = "WebAttention", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = OpsetUpgrade.TargetOpset });
        return model;
    }

    private static ValueInfoProto FloatTensor(string name, params object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim is string param
                ? new TensorShapeProto.Types.Dimension { DimParam = param }
                : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
