namespace WebAttention.Inference.Models;

/// <summary>Reads and verifies one model folder: manifest valid, <c>model.onnx</c> present, checksum equal.</summary>
public static class ModelFolderLoader
{
    /// <summary>Loads the folder at <paramref name="folder"/> or throws <see cref="InvalidModelException"/> saying why not.</summary>
    public static async Task<ModelFolder> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        var manifest = await ReadManifestAsync(full, cancellationToken).ConfigureAwait(false);
        var modelPath = Path.Combine(full, ModelManifest.ModelFileName);
        if (!File.Exists(modelPath))
        {
            throw new InvalidModelException($"Model folder '{full}' has no {ModelManifest.ModelFileName}.");
        }

        var actual = await FileHash.Sha256HexAsync(modelPath, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(actual, manifest.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidModelException(
                $"Model '{manifest.DisplayName}' in '{full}' is refused: SHA-256 of {ModelManifest.ModelFileName} is {actual} " +
                $"but its manifest says {manifest.Sha256}. The file is damaged or was replaced without updating manifest.json.");
        }

        return new ModelFolder(full, manifest);
    }

    /// <summary>Reads and validates <c>manifest.json</c> of <paramref name="folder"/> (no checksum).</summary>
    public static async Task<ModelManifest> ReadManifestAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ModelManifest.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidModelException($"Model folder '{folder}' has no {ModelManifest.FileName}.");
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var manifest = ManifestReader.Parse(json, path);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (!string.Equals(folderName, manifest.Name, StringComparison.Ordinal))
        {
            throw new InvalidModelException(
                $"Model manifest '{path}' is named '{manifest.Name}' but sits in folder '{folderName}'; the folder name must equal the manifest name.");
        }

        return manifest;
    }
}
