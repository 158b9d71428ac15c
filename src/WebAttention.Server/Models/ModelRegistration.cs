using Microsoft.Extensions.Options;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;

namespace WebAttention.Server.Models;

/// <summary>
/// Registers an uploaded model zip: unpack into a hidden staging folder under the models root, check the
/// manifest, the checksum and the graph (ONNX Runtime on the CPU plus a dry run), then rename the staging
/// folder to the model's name — one atomic step on the same file system. Any refusal deletes the staging
/// folder, so nothing is left behind.
/// </summary>
public sealed partial class ModelRegistration(ModelRegistry registry, IOptions<ModelOptions> options, ILogger<ModelRegistration> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A fresh hidden path under the models root for the uploaded zip (same file system as the models).</summary>
    public string NewUploadPath()
    {
        Directory.CreateDirectory(registry.Root);
        return Path.Combine(registry.Root, $".upload-{Guid.NewGuid():N}.zip");
    }

    /// <summary>Installs the model in the zip at <paramref name="zipPath"/>; throws <see cref="InvalidModelException"/> saying why not.</summary>
    public async Task<ModelFolder> InstallAsync(string zipPath, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(registry.Root, $".staging-{Guid.NewGuid():N}");
        try
        {
            await ModelArchive.ExtractAsync(zipPath, staging, new ModelArchiveLimits(options.Value.MaxUncompressedBytes), cancellationToken);
            var manifestText = await File.ReadAllTextAsync(Path.Combine(staging, ModelManifest.FileName), cancellationToken);
            var manifest = ManifestReader.Parse(manifestText, ModelManifest.FileName);
            if (ModelBuilder.IsBuiltIn(manifest.Name) || manifest.Name == registry.DefaultModelName)
            {
                throw new InvalidModelException($"'{manifest.Name}' is the name of a built-in model; give the uploaded model another name in its manifest.");
            }

            var candidate = new ModelFolder(staging, manifest);
            await VerifyChecksumAsync(candidate, cancellationToken);
            await ModelGraphCheck.VerifyAsync(candidate, cancellationToken);

            // Serialised so two uploads of one name cannot both pass the "not present" check.
            await _gate.WaitAsync(cancellationToken);
            try
            {
                var target = registry.FolderFor(manifest.Name);
                if (Directory.Exists(target))
                {
                    throw new InvalidModelException(await AlreadyPresentAsync(manifest, target, cancellationToken));
                }
                Directory.Move(staging, target);
                LogRegistered(logger, manifest.DisplayName, target);
                return new ModelFolder(target, manifest);
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Removes a registered model's folder (renamed away first, so a listing never sees half of it).</summary>
    public void Delete(string name)
    {
        var folder = registry.FolderFor(name);
        var doomed = Path.Combine(registry.Root, $".deleting-{Guid.NewGuid():N}");
        Directory.Move(folder, doomed);
        Directory.Delete(doomed, recursive: true);
        LogDeleted(logger, name);
    }

    private static async Task VerifyChecksumAsync(ModelFolder candidate, CancellationToken cancellationToken)
    {
        var actual = await FileHash.Sha256HexAsync(candidate.ModelPath, cancellationToken);
        if (!string.Equals(actual, candidate.Manifest.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidModelException(
                $"The SHA-256 of {ModelManifest.ModelFileName} is {actual} but manifest.json says {candidate.Manifest.Sha256}. " +
                "Recompute it (sha256sum model.onnx) and put that value in the manifest's \"sha256\" field.");
        }
    }

    private static async Task<string> AlreadyPresentAsync(ModelManifest manifest, string target, CancellationToken cancellationToken)
    {
        string existing;
        try
        {
            existing = (await ModelFolderLoader.ReadManifestAsync(target, cancellationToken)).DisplayName;
        }
        catch (InvalidModelException)
        {
            existing = $"{manifest.Name} (unreadable)";
        }
        return $"A model named '{manifest.Name}' is already registered ({existing}); give the new one another name in its manifest, " +
            "or delete the old one first.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model} registered in {Folder}")]
    private static partial void LogRegistered(ILogger logger, string model, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model} deleted")]
    private static partial void LogDeleted(ILogger logger, string model);
}
