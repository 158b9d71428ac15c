using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Composes one ONNX graph, top to bottom:
/// <c>frames</c> uint8 [N,H,W,3] RGB → pre-processing ("pre/…") → ResNet18 (dynamic N, H, W; pooling
/// tail dropped) → saliency head ("head/…") → <c>saliency</c> float [N,1,H/s,W/s].
/// Layers the head does not read are pruned (the placeholder head stops at layer3).
/// </summary>
public static class SaliencyGraphComposer
{
    /// <summary>Builds the composed model from a freshly loaded ResNet18 <paramref name="backbone"/> (modified in place).</summary>
    public static ModelProto Compose(ModelProto backbone, ISaliencyHead head, CompositionOptions options)
    {
        ArgumentNullException.ThrowIfNull(backbone);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(options);
        if (ResNet18Backbone.SizeMultiple % head.OutputStride != 0)
        {
            throw new ArgumentException($"Head stride {head.OutputStride} must divide {ResNet18Backbone.SizeMultiple}.", nameof(head));
        }

        OpsetUpgrade.Apply(backbone);
        var graph = backbone.Graph;

        // The CNTK export pins every shape to 1×3×224×224; drop them all and let the runtime infer.
        graph.Input.Clear();
        graph.Output.Clear();
        graph.ValueInfo.Clear();

        graph.Input.Add(TensorInfo(options.InputName, TensorProto.Types.DataType.Uint8, "N", "H", "W", 3));
        FramePreprocessingNodes.Append(new OnnxGraphBuilder(graph, "pre"), options.InputName, ResNet18Backbone.InputTensor);
        head.Append(new OnnxGraphBuilder(graph, "head"), ResNet18Backbone.Features, options.OutputName);

        graph.Output.Add(TensorInfo(options.OutputName, TensorProto.Types.DataType.Float, "N", 1, "h", "w"));
        foreach (var extra in options.ExtraOutputs)
        {
            graph.Output.Add(new ValueInfoProto
            {
                Name = extra,
                Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float } },
            });
        }

        GraphEdits.PruneToOutputs(graph);
        GraphEdits.SortTopologically(graph);
        graph.Name = "webattention-saliency";
        backbone.ProducerName = "WebAttention";
        backbone.ProducerVersion = typeof(SaliencyGraphComposer).Assembly.GetName().Version?.ToString() ?? "0";
        backbone.Domain = "webattention";
        backbone.DocString = $"frames uint8 NHWC RGB -> ResNet18 (ImageNet, MIT) -> {head.Name}; output stride {head.OutputStride}.";
        return backbone;
    }

    private static ValueInfoProto TensorInfo(string name, TensorProto.Types.DataType type, params object[] dims)
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
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
