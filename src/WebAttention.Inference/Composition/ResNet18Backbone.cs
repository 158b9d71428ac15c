using System.Reflection;
using Onnx;

namespace WebAttention.Inference.Composition;

/// <summary>
/// The ImageNet ResNet18 shipped in the Microsoft.ML.DnnImageFeaturizer.ResNet18 package (CNTK export,
/// opset 8, fixed 224×224 input). Facts about its graph live here and nowhere else.
/// </summary>
public static class ResNet18Backbone
{
    /// <summary>The graph's image input: float [N,3,H,W], BGR minus channel means.</summary>
    public const string InputTensor = "Input247";

    /// <summary>Width and height must be multiples of this (the deepest stride).</summary>
    public const int SizeMultiple = 32;

    /// <summary>Path of the ONNX file inside the package root.</summary>
    public static readonly string RelativeOnnxPath = Path.Combine("tools", "DnnImageModels", "ResNet18Onnx", "ResNet18.onnx");

    /// <summary>The ReLU outputs ending layer2 (stride 8), layer3 (16) and layer4 (32).</summary>
    public static BackboneFeatures Features { get; } = new(
        new Dictionary<int, string> { [8] = "ReLU315_Output_0", [16] = "ReLU347_Output_0", [32] = "ReLU393_Output_0" },
        new Dictionary<int, int> { [8] = 128, [16] = 256, [32] = 512 });

    /// <summary>
    /// Where the ONNX file of the referenced package is: the package root stamped into this assembly at
    /// build time (<see cref="ResNet18PathAttribute"/>), or <paramref name="packageRoot"/> when given.
    /// </summary>
    /// <exception cref="FileNotFoundException">The package is not in the NuGet cache of this machine.</exception>
    public static string LocateOnnxFile(string? packageRoot = null)
    {
        var root = packageRoot
            ?? typeof(ResNet18Backbone).Assembly.GetCustomAttribute<ResNet18PathAttribute>()?.PackageRoot
            ?? string.Empty;
        var path = Path.Combine(root, RelativeOnnxPath);
        if (root.Length == 0 || !File.Exists(path))
        {
            throw new FileNotFoundException(
                $"ResNet18.onnx was not found at '{path}'. It comes from the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18; " +
                "run 'dotnet restore' on this machine (the path is stamped at build time) or pass the package root.", path);
        }

        return path;
    }

    /// <summary>Reads the ONNX file at <paramref name="path"/>.</summary>
    public static async Task<ModelProto> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var model = ModelProto.Parser.ParseFrom(bytes);
        var produced = model.Graph.Node.SelectMany(n => n.Output).ToHashSet(StringComparer.Ordinal);
        var missing = Features.TensorByStride.Values.Where(t => !produced.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"'{path}' is not the expected ResNet18 graph: no tensor {string.Join(", ", missing)}.");
        }

        return model;
    }
}
