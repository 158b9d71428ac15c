using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Moves a graph made of a few well-known operators from opset 8 to <see cref="TargetOpset"/>, so the
/// composed graph can use Range, Shape-driven ops and the like. Checked operator by operator against
/// the ONNX changelog: Conv, Relu, Add, MaxPool, AveragePool keep their meaning; BatchNormalization
/// lost its <c>spatial</c> attribute in opset 9 (spatial=1 became the only behaviour), so it is removed
/// and spatial=0 is refused. Any other operator is refused rather than guessed at.
/// </summary>
public static class OpsetUpgrade
{
    /// <summary>Opset of composed graphs (supported by ORT 1.31 and onnxruntime-web 1.30).</summary>
    public const long TargetOpset = 17;

    /// <summary>IR version that goes with <see cref="TargetOpset"/>.</summary>
    public const long TargetIrVersion = 8;

    private static readonly HashSet<string> CheckedOperators =
        new(["Conv", "BatchNormalization", "Relu", "Add", "MaxPool", "AveragePool"], StringComparer.Ordinal);

    /// <summary>Upgrades <paramref name="model"/> in place.</summary>
    /// <exception cref="NotSupportedException">The graph holds an operator whose upgrade was not checked.</exception>
    public static void Apply(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var unverified = model.Graph.Node.Select(n => n.OpType).Where(op => !CheckedOperators.Contains(op)).Distinct().ToList();
        if (unverified.Count > 0)
        {
            throw new NotSupportedException($"Cannot move this graph to opset {TargetOpset}: operators {string.Join(", ", unverified)} were not checked.");
        }

        foreach (var node in model.Graph.Node.Where(n => n.OpType == "BatchNormalization"))
        {
            var spatial = node.Attribute.FirstOrDefault(a => a.Name == "spatial");
            if (spatial is not null)
            {
                if (spatial.I != 1)
                {
                    throw new NotSupportedException($"{node.Name}: BatchNormalization with spatial=0 has no opset-{TargetOpset} equivalent.");
                }

                node.Attribute.Remove(spatial);
            }
        }

        model.OpsetImport.Clear();
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = TargetOpset });
        model.IrVersion = TargetIrVersion;
    }
}
