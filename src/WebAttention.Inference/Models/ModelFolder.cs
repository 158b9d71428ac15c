namespace WebAttention.Inference.Models;

/// <summary>A model folder whose manifest and checksum have been verified.</summary>
/// <param name="Path">Full path of the folder.</param>
/// <param name="Manifest">Its validated manifest.</param>
public sealed record ModelFolder(string Path, ModelManifest Manifest)
{
    /// <summary>Full path of <c>model.onnx</c>.</summary>
    public string ModelPath => System.IO.Path.Combine(Path, ModelManifest.ModelFileName);

    /// <summary>Full path of <c>manifest.json</c>.</summary>
    public string ManifestPath => System.IO.Path.Combine(Path, ModelManifest.FileName);
}
