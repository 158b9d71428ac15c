using Google.Protobuf;
using Onnx;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;

namespace WebAttention.Inference.Tests.Support;

/// <summary>
/// A tiny clip model whose map tells which frames were in each window: input [N,T,H,W,3] uint8, output
/// [N,1,1,2] where cell 0 is the mean of every byte of the window and cell 1 is 255. With each frame's
/// bytes all equal to its index, cell 0 ÷ cell 1 (what is left after peak normalisation) is the mean
/// index of the window ÷ 255.
/// </summary>
public static class ClipModels
{
    /// <summary>Frame width the model is written for (map 2 × 1 at output scale 16).</summary>
    public const int Width = 32;

    /// <summary>Frame height the model is written for.</summary>
    public const int Height = 16;

    /// <summary>The ONNX bytes of the window-mean model for a temporal window of <paramref name="window"/>.</summary>
    public static byte[] WindowMean(int window)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "tests" };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 17 });
        var graph = new GraphProto { Name = "window-mean" };
        var g = new OnnxGraphBuilder(graph, "clip");
        var asFloat = g.Add("Cast", "float", ["frames"], OnnxGraphBuilder.Int("to", (long)TensorProto.Types.DataType.Float));
        var mean = g.Add("ReduceMean", "mean", [asFloat], OnnxGraphBuilder.Ints("axes", 1, 2, 3, 4), OnnxGraphBuilder.Int("keepdims", 1));
        var cell = g.Add("Reshape", "cell", [mean, g.Int64s("cell_shape", [4], -1, 1, 1, 1)]);
        g.AddNamed("Pad", "saliency", [cell, g.Int64s("pads", [8], 0, 0, 0, 0, 0, 0, 0, 1), g.FloatScalar("peak", 255)]);
        graph.Input.Add(Tensor("frames", TensorProto.Types.DataType.Uint8, Dim("N"), Dim(window), Dim("H"), Dim("W"), Dim(3)));
        graph.Output.Add(Tensor("saliency", TensorProto.Types.DataType.Float, Dim("N"), Dim(1), Dim(1), Dim(2)));
        model.Graph = graph;
        return model.ToByteArray();
    }

    /// <summary>A clip-model manifest (layout <see cref="ModelLayouts.NthwcUint8Rgb"/>) for <paramref name="modelBytes"/>.</summary>
    public static ModelManifest Manifest(string name, int window, byte[] modelBytes) => Manifests.Valid(name, FileHash.Sha256Hex(modelBytes)) with
    {
        Input = new ModelInputSpec("frames", ModelLayouts.NthwcUint8Rgb, 16, Width),
        TemporalWindow = window,
    };

    /// <summary>Writes a model folder (model.onnx + manifest.json with its SHA-256) under <paramref name="root"/>.</summary>
    public static string WriteFolder(string root, string name, int window)
    {
        var bytes = WindowMean(window);
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ModelManifest.ModelFileName), bytes);
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(Manifest(name, window, bytes)));
        return folder;
    }

    private static TensorShapeProto.Types.Dimension Dim(string name) => new() { DimParam = name };

    private static TensorShapeProto.Types.Dimension Dim(long value) => new() { DimValue = value };

    private static ValueInfoProto Tensor(string name, TensorProto.Types.DataType type, params TensorShapeProto.Types.Dimension[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.AddRange(dims);
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
