using WebAttention.Inference.Models;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Writes model folders composed from the ResNet18 package. Pretrained weights are never committed:
/// the default model is generated on first run (see <see cref="Prediction.PredictorFactory"/>) or by calling
/// <see cref="BuildDefaultAsync"/>.
/// </summary>
public static class ModelBuilder
{
    /// <summary>Name (and folder name) of the built-in placeholder model.</summary>
    public const string DefaultModelName = "resnet18-energy-centre";

    /// <summary>Version of the built-in model; bump when the composed graph changes.</summary>
    public const string DefaultModelVersion = "0.1.0";

    /// <summary>Analysis long side the built-in model is meant for.</summary>
    public const int DefaultLongSide = 384;

    /// <summary>Composes the built-in placeholder model into <paramref name="outputFolder"/> (created if needed).</summary>
    public static Task<ModelFolder> BuildDefaultAsync(string outputFolder, CancellationToken cancellationToken = default) =>
        BuildAsync(outputFolder, DefaultModelName, new FeatureEnergyHead(), CompositionOptions.Default, resNet18Path: null, cancellationToken);

    /// <summary>Composes ResNet18 + <paramref name="head"/> and writes <c>model.onnx</c> + <c>manifest.json</c>.</summary>
    /// <param name="outputFolder">Target folder (a staging folder is fine; the registry wants the final folder named <paramref name="name"/>).</param>
    /// <param name="name">Model name written into the manifest.</param>
    /// <param name="head">Saliency head to put on the backbone.</param>
    /// <param name="options">Tensor names and extra outputs.</param>
    /// <param name="resNet18Path">ResNet18.onnx to use; null takes the one from the NuGet package.</param>
    /// <param name="cancellationToken">Cancels reading and writing.</param>
    public static async Task<ModelFolder> BuildAsync(
        string outputFolder, string name, ISaliencyHead head, CompositionOptions options, string? resNet18Path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(options);
        if (!ManifestReader.IsValidModelName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid model name.", nameof(name));
        }

        var folder = Path.GetFullPath(outputFolder);
        var backbone = await ResNet18Backbone.LoadAsync(resNet18Path ?? ResNet18Backbone.LocateOnnxFile(), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var composed = SaliencyGraphComposer.Compose(backbone, head, options);
        var bytes = Google.Protobuf.MessageExtensions.ToByteArray(composed);

        var manifest = Describe(name, head, options, FileHash.Sha256Hex(bytes));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, ModelManifest.ModelFileName), bytes, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(manifest), cancellationToken).ConfigureAwait(false);
        return new ModelFolder(folder, manifest);
    }

    private static ModelManifest Describe(string name, ISaliencyHead head, CompositionOptions options, string sha256) =>
        new(
            Name: name,
            Version: DefaultModelVersion,
            Licence: "MIT (ResNet18 ImageNet weights from Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1)",
            Description: $"Untrained placeholder: ResNet18 layer features → {head.Name}. Stands in until the trained DeepGaze-style readout ships.",
            Input: new ModelInputSpec(options.InputName, ModelLayouts.NhwcUint8Rgb, ResNet18Backbone.SizeMultiple, DefaultLongSide),
            Output: new ModelOutputSpec(options.OutputName, ModelLayouts.NchwFloatMap),
            TemporalWindow: 1,
            OutputScale: head.OutputStride,
            Sha256: sha256,
            Credits:
            [
                "ResNet18: He et al., Deep Residual Learning for Image Recognition (2016); ONNX export by Microsoft (ML.NET DnnImageFeaturizer).",
                "Centre bias and feature-energy idea: classic saliency literature (e.g. Itti & Koch; Tatler 2007 on central fixation bias).",
            ]);
}
