using Google.Protobuf;
using Onnx;

namespace WebAttention.Inference.Tests.Support;

/// <summary>Minimal ONNX files for tests that need a loadable model but not ResNet18.</summary>
public static class TinyModels
{
    /// <summary>Writes y = Relu(x) over float [N] at <paramref name="path"/>.</summary>
    public static void WriteRelu(string path)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "tests" };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 17 });
        var graph = new GraphProto { Name = "relu" };
        graph.Node.Add(new NodeProto { OpType = "Relu", Name = "relu", Input = { "x" }, Output = { "y" } });
        graph.Input.Add(FloatVector("x"));
        graph.Output.Add(FloatVector("y"));
        model.Graph = graph;
        File.WriteAllBytes(path, model.ToByteArray());
    }

    private static ValueInfoProto FloatVector(string name) => new()
    {
        Name = name,
        Type = new TypeProto
        {
            TensorType = new TypeProto.Types.Tensor
            {
                ElemType = (int)TensorProto.Types.DataType.Float,
                Shape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dimension { DimParam = "N" } } },
            },
        },
    };
}
