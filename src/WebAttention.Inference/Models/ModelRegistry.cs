using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebAttention.Inference.Sessions;

namespace WebAttention.Inference.Models;

/// <summary>
/// The models under <see cref="InferenceOptions.ModelsRoot"/>: one folder each, named as its manifest.
/// Listing reads manifests only; loading also verifies the SHA-256 of <c>model.onnx</c>.
/// </summary>
public sealed partial class ModelRegistry
{
    private readonly ILogger<ModelRegistry> _logger;

    /// <summary>Creates the registry over the configured root.</summary>
    public ModelRegistry(IOptions<InferenceOptions> options, ILogger<ModelRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        Root = Path.GetFullPath(options.Value.ModelsRoot);
        DefaultModelName = options.Value.DefaultModel;
        _logger = logger;
    }

    /// <summary>Full path of the models root.</summary>
    public string Root { get; }

    /// <summary>Name of the configured default model.</summary>
    public string DefaultModelName { get; }

    /// <summary>Folder a model of <paramref name="name"/> lives in (whether or not it exists).</summary>
    public string FolderFor(string name)
    {
        if (!ManifestReader.IsValidModelName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid model name.", nameof(name));
        }

        return Path.Combine(Root, name);
    }

    /// <summary>Every folder under the root, with its manifest or the reason it cannot be used.</summary>
    public async Task<IReadOnlyList<ModelListing>> ListAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var listings = new List<ModelListing>();
        foreach (var folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.'))
            {
                continue; // staging folders of a build in progress
            }

            var isDefault = name == DefaultModelName;
            try
            {
                var manifest = await ModelFolderLoader.ReadManifestAsync(folder, cancellationToken).ConfigureAwait(false);
                listings.Add(new ModelListing(name, manifest, null, isDefault));
            }
            catch (InvalidModelException ex)
            {
                listings.Add(new ModelListing(name, null, ex.Message, isDefault));
            }
        }

        return listings;
    }

    /// <summary>Loads and verifies the model named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidModelException">The folder is missing, its manifest invalid or its checksum wrong.</exception>
    public async Task<ModelFolder> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var folder = FolderFor(name);
        if (!Directory.Exists(folder))
        {
            throw new InvalidModelException($"Model '{name}' is not registered: folder '{folder}' does not exist.");
        }

        try
        {
            var loaded = await ModelFolderLoader.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            LogLoaded(_logger, loaded.Manifest.DisplayName, folder);
            return loaded;
        }
        catch (InvalidModelException ex)
        {
            LogRefused(_logger, name, ex.Message);
            throw;
        }
    }

    /// <summary>Loads and verifies the configured default model.</summary>
    public Task<ModelFolder> LoadDefaultAsync(CancellationToken cancellationToken) => LoadAsync(DefaultModelName, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model} loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, string model, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Model {Model} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string model, string reason);
}
