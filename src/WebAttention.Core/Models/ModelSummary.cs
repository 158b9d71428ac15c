namespace WebAttention.Core.Models;

/// <summary>One registered model as the browser (player and admin page) sees it.</summary>
/// <param name="Name">Model (folder) name, used in URLs.</param>
/// <param name="Version">Manifest version, or null when the folder is unusable.</param>
/// <param name="Licence">Licence of the weights and graph, or null when unusable.</param>
/// <param name="IsDefault">True for the model new analysis jobs use.</param>
/// <param name="Problem">Why the model cannot be used (bad manifest, checksum mismatch), or null when it is valid.</param>
/// <param name="InputName">Input tensor name (uint8 NHWC RGB frames).</param>
/// <param name="OutputName">Output tensor name (the saliency map).</param>
/// <param name="SizeMultiple">Width and height must be multiples of this.</param>
/// <param name="DefaultLongSide">Long side frames are scaled to for analysis.</param>
/// <param name="OutputScale">Input pixels per map cell.</param>
/// <param name="Sha256">Checksum of the graph, as in its manifest.</param>
/// <param name="Description">One or two sentences from the manifest.</param>
/// <param name="InputLayout">Input tensor layout, e.g. "NHWC uint8 RGB".</param>
/// <param name="TemporalWindow">Frames the model looks at at once (1 for image models).</param>
/// <param name="SizeBytes">Size of <c>model.onnx</c> in bytes (0 when missing).</param>
/// <param name="IsBuiltIn">True for models the server composes itself; they cannot be deleted.</param>
public sealed record ModelSummary(
    string Name, string? Version, string? Licence, bool IsDefault, string? Problem,
    string? InputName, string? OutputName, int SizeMultiple, int DefaultLongSide, int OutputScale, string? Sha256,
    string? Description = null, string? InputLayout = null, int TemporalWindow = 0, long SizeBytes = 0, bool IsBuiltIn = false)
{
    /// <summary>True when the model can be used.</summary>
    public bool IsValid => Problem is null && Version is not null;
}

/// <summary>Body of <c>PUT /api/models/default</c>.</summary>
/// <param name="Name">Name of the registered model new analysis jobs should use.</param>
public sealed record DefaultModelRequest(string Name);

/// <summary>HTTP routes of the model registry.</summary>
public static class ModelRoutes
{
    /// <summary>GET: <see cref="ModelSummary"/>[]; POST (Admin, multipart zip with model.onnx + manifest.json): register → 201 <see cref="ModelSummary"/>.</summary>
    public const string Models = "/api/models";

    /// <summary>PUT <see cref="DefaultModelRequest"/> (Admin): pick the model new jobs use → <see cref="ModelSummary"/>.</summary>
    public const string Default = "/api/models/default";

    /// <summary>Name of the multipart field that carries the zip.</summary>
    public const string UploadField = "file";

    /// <summary>DELETE (Admin): remove a registered model that is neither the default nor built in.</summary>
    public static string Model(string name) => $"{Models}/{Uri.EscapeDataString(name)}";

    /// <summary>GET: the model's ONNX graph.</summary>
    public static string ModelFile(string name) => $"{Model(name)}/model.onnx";
}
