using WebAttention.Inference.Models;
using WebAttention.Inference.Readout;

namespace WebAttention.Inference.Composition;

/// <summary>
/// Writes model folders composed from the ResNet18 package. Pretrained backbone weights are never committed:
/// built-in models are generated on first run (see <see cref="Prediction.PredictorFactory"/>) or by calling
/// <see cref="BuildDefaultAsync"/>. The default model adds the trained readout committed as
/// <c>Weights/readout-v1.json</c> (embedded in this assembly); the untrained placeholder stays available.
/// </summary>
public static class ModelBuilder
{
    /// <summary>Name (and folder name) of the built-in default model: ResNet18 + the OSIE-trained readout.</summary>
    public const string DefaultModelName = "resnet18-readout-v1";

    /// <summary>Version of the default model; bump when its graph or weights change.</summary>
    public const string DefaultModelVersion = "1.0.0";

    /// <summary>Embedded weight file of the default model's readout.</summary>
    public const string DefaultWeightsFile = "readout-v1.json";

    /// <summary>Name of the built-in untrained placeholder (feature energy × centre prior).</summary>
    public const string PlaceholderModelName = "resnet18-energy-centre";

    /// <summary>Version of the placeholder model.</summary>
    public const string PlaceholderModelVersion = "0.1.0";

    /// <summary>Analysis long side the built-in models are meant for.</summary>
    public const int DefaultLongSide = 384;

    private const string BackboneLicence = "MIT (ResNet18 ImageNet weights from Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1)";
    private const string BackboneCredit = "ResNet18: He et al., Deep Residual Learning for Image Recognition (2016); ONNX export by Microsoft (ML.NET DnnImageFeaturizer).";

    /// <summary>True for the names this builder can generate (<see cref="DefaultModelName"/>, <see cref="PlaceholderModelName"/>).</summary>
    public static bool IsBuiltIn(string name) => name is DefaultModelName or PlaceholderModelName;

    /// <summary>Composes the built-in model called <paramref name="name"/> into <paramref name="outputFolder"/>.</summary>
    public static Task<ModelFolder> BuildBuiltInAsync(string name, string outputFolder, CancellationToken cancellationToken = default) => name switch
    {
        DefaultModelName => BuildDefaultAsync(outputFolder, cancellationToken),
        PlaceholderModelName => BuildPlaceholderAsync(outputFolder, cancellationToken),
        _ => throw new ArgumentException($"'{name}' is not a built-in model.", nameof(name)),
    };

    /// <summary>Composes the default model (ResNet18 + trained readout-v1) into <paramref name="outputFolder"/> (created if needed).</summary>
    public static Task<ModelFolder> BuildDefaultAsync(string outputFolder, CancellationToken cancellationToken = default) =>
        BuildAsync(outputFolder, DefaultModelName, DefaultHead(), CompositionOptions.Default, resNet18Path: null, cancellationToken);

    /// <summary>Composes the untrained placeholder into <paramref name="outputFolder"/> (created if needed).</summary>
    public static Task<ModelFolder> BuildPlaceholderAsync(string outputFolder, CancellationToken cancellationToken = default) =>
        BuildAsync(outputFolder, PlaceholderModelName, new FeatureEnergyHead(), CompositionOptions.Default, resNet18Path: null, cancellationToken);

    /// <summary>The default model's head, with the embedded readout-v1 weights.</summary>
    public static TrainedReadoutHead DefaultHead() =>
        new(ReadoutWeightsFile.LoadEmbedded(DefaultWeightsFile).Parameters, "readout-v1");

    /// <summary>Composes ResNet18 + <paramref name="head"/> and writes <c>model.onnx</c> + <c>manifest.json</c>.</summary>
    /// <param name="outputFolder">Target folder (a staging folder is fine; the registry wants the final folder named <paramref name="name"/>).</param>
    /// <param name="name">Model name written into the manifest.</param>
    /// <param name="head">Saliency head to put on the backbone; a <see cref="TrainedReadoutHead"/> gets the trained model's manifest text.</param>
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

        var manifest = head is TrainedReadoutHead
            ? DescribeTrained(name, head, options, FileHash.Sha256Hex(bytes))
            : DescribePlaceholder(name, head, options, FileHash.Sha256Hex(bytes));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, ModelManifest.ModelFileName), bytes, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(manifest), cancellationToken).ConfigureAwait(false);
        return new ModelFolder(folder, manifest);
    }

    private static ModelManifest DescribeTrained(string name, ISaliencyHead head, CompositionOptions options, string sha256) =>
        new(
            Name: name,
            Version: DefaultModelVersion,
            Licence: $"{BackboneLicence}; readout weights trained on OSIE (MIT)",
            Description: $"DeepGaze-style saliency: ResNet18 features → {head.Name}, fitted by maximum likelihood to human fixations (OSIE train split).",
            Input: new ModelInputSpec(options.InputName, ModelLayouts.NhwcUint8Rgb, ResNet18Backbone.SizeMultiple, DefaultLongSide),
            Output: new ModelOutputSpec(options.OutputName, ModelLayouts.NchwFloatMap),
            TemporalWindow: 1,
            OutputScale: head.OutputStride,
            Sha256: sha256,
            Credits:
            [
                BackboneCredit,
                "Training data: OSIE, Xu, Jiang, Wang, Kankanhalli, Zhao, \"Predicting human gaze beyond pixels\", Journal of Vision 14(1):28, 2014 (MIT).",
                "Readout design after DeepGaze II: Kümmerer, Wallis, Gatys, Bethge, \"Understanding low- and high-level contributions to fixation prediction\", ICCV 2017.",
            ]);

    private static ModelManifest DescribePlaceholder(string name, ISaliencyHead head, CompositionOptions options, string sha256) =>
        new(
            Name: name,
            Version: PlaceholderModelVersion,
            Licence: BackboneLicence,
            Description: $"Untrained placeholder: ResNet18 layer features → {head.Name}. Kept for comparison with the trained default.",
            Input: new ModelInputSpec(options.InputName, ModelLayouts.NhwcUint8Rgb, ResNet18Backbone.SizeMultiple, DefaultLongSide),
            Output: new ModelOutputSpec(options.OutputName, ModelLayouts.NchwFloatMap),
            TemporalWindow: 1,
            OutputScale: head.OutputStride,
            Sha256: sha256,
            Credits:
            [
                BackboneCredit,
                "Centre bias and feature-energy idea: classic saliency literature (e.g. Itti & Koch; Tatler 2007 on central fixation bias).",
            ]);
}
