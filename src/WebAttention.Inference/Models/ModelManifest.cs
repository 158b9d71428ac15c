namespace WebAttention.Inference.Models;

/// <summary>
/// The <c>manifest.json</c> beside a <c>model.onnx</c>: who made the model, what it eats and what it
/// returns. Instances come from <see cref="ManifestReader"/>, which validates every field.
/// </summary>
/// <param name="Name">Folder-safe name, also the model folder's name.</param>
/// <param name="Version">Version of the model (semantic version recommended).</param>
/// <param name="Licence">Licence of the weights and graph.</param>
/// <param name="Description">One or two sentences for the admin UI.</param>
/// <param name="Input">Input tensor specification.</param>
/// <param name="Output">Output tensor specification.</param>
/// <param name="TemporalWindow">Frames the model looks at at once (1 for image models).</param>
/// <param name="OutputScale">Input pixels per output map cell along each axis (the map's stride).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <c>model.onnx</c>.</param>
/// <param name="Credits">Where weights and ideas come from.</param>
public sealed record ModelManifest(
    string Name,
    string Version,
    string Licence,
    string Description,
    ModelInputSpec Input,
    ModelOutputSpec Output,
    int TemporalWindow,
    int OutputScale,
    string Sha256,
    IReadOnlyList<string> Credits)
{
    /// <summary>The file name of a manifest inside a model folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The file name of the graph inside a model folder.</summary>
    public const string ModelFileName = "model.onnx";

    /// <summary>"name@version", as shown to users and written into clip artifacts.</summary>
    public string DisplayName => $"{Name}@{Version}";
}
