using System.IO.Compression;
using Google.Protobuf;
using Onnx;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;

namespace WebAttention.Server.Tests.Models;

/// <summary>
/// A tiny but real attention model built in the test: frames uint8 [N,H,W,3] → float → channel mean →
/// 16×16 average pool → "saliency" [N,1,H/16,W/16]. A few hundred bytes, so zips and dry runs are instant,
/// and it runs through the real analysis pipeline like the built-in model.
/// </summary>
internal static class TinyModels
{
    /// <summary>The ONNX bytes; <paramref name="poolStride"/> other than the manifest's output scale makes a broken model.</summary>
    public static byte[] Graph(int poolStride = 16)
    {
        var graph = new GraphProto { Name = "tiny-mean-pool" };
        graph.Input.Add(Tensor("frames", TensorProto.Types.DataType.Uint8, "N", "H", "W", "3"));
        graph.Output.Add(Tensor("saliency", TensorProto.Types.DataType.Float, "N", "1", "h", "w"));
        var nodes = new OnnxGraphBuilder(graph, "tiny");
        var cast = nodes.Add("Cast", "cast", ["frames"], OnnxGraphBuilder.Int("to", (long)TensorProto.Types.DataType.Float));
        var nchw = nodes.Add("Transpose", "nchw", [cast], OnnxGraphBuilder.Ints("perm", 0, 3, 1, 2));
        var grey = nodes.Add("ReduceMean", "grey", [nchw], OnnxGraphBuilder.Ints("axes", 1), OnnxGraphBuilder.Int("keepdims", 1));
        nodes.AddNamed("AveragePool", "saliency", [grey],
            OnnxGraphBuilder.Ints("kernel_shape", poolStride, poolStride), OnnxGraphBuilder.Ints("strides", poolStride, poolStride));
        var model = new ModelProto { IrVersion = 8, ProducerName = "WebAttention.Server.Tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 17 });
        return model.ToByteArray();
    }

    /// <summary>A manifest for <paramref name="graph"/>; <paramref name="sha256"/> overrides the true checksum.</summary>
    public static ModelManifest Manifest(string name, string version, byte[] graph, string? sha256 = null) => new(
        name, version, "CC0 (test model)", "Channel mean pooled to the map grid; for tests.",
        new ModelInputSpec("frames", ModelLayouts.NhwcUint8Rgb, 32, 128),
        new ModelOutputSpec("saliency", ModelLayouts.NchwFloatMap),
        TemporalWindow: 1, OutputScale: 16, Sha256: sha256 ?? FileHash.Sha256Hex(graph), Credits: []);

    /// <summary>Writes the model folder <c>&lt;root&gt;/&lt;name&gt;</c>.</summary>
    public static void WriteFolder(string root, string name, string version = "1.0.0")
    {
        var graph = Graph();
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ModelManifest.ModelFileName), graph);
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(Manifest(name, version, graph)));
    }

    /// <summary>A model zip with the given entries (name → bytes), in order.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A well-formed zip of a valid tiny model called <paramref name="name"/>.</summary>
    public static byte[] ValidZip(string name, string version = "1.0.0")
    {
        var graph = Graph();
        return Zip(
            (ModelManifest.ModelFileName, graph),
            (ModelManifest.FileName, System.Text.Encoding.UTF8.GetBytes(ManifestWriter.ToJson(Manifest(name, version, graph)))));
    }

    private static ValueInfoProto Tensor(string name, TensorProto.Types.DataType type, params string[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(int.TryParse(dim, out var value) ? new TensorShapeProto.Types.Dimension { DimValue = value } : new TensorShapeProto.Types.Dimension { DimParam = dim });
        }
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
