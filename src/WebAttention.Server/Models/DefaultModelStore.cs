using System.Text.Json;
using Microsoft.Extensions.Options;
using WebAttention.Server.Options;

namespace WebAttention.Server.Models;

/// <summary>
/// The admin's choice of default model, kept in <c>&lt;DataRoot&gt;/settings/default-model.json</c>. It takes
/// precedence over <c>Inference:DefaultModel</c>. A small file rather than a table: the models themselves are
/// folders on disk, so the choice lives beside the data it names, needs no migration, and a deployment can
/// read or reset it by hand. Written to a temporary file and renamed, so a crash leaves the old or the new
/// choice, never half of one.
/// </summary>
public sealed class DefaultModelStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Lock _lock = new();
    private readonly ILogger<DefaultModelStore> _logger;
    private bool _loaded;
    private string? _chosen;

    /// <summary>Creates the store over the configured data folder.</summary>
    public DefaultModelStore(IOptions<StorageOptions> storage, ILogger<DefaultModelStore> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        FilePath = Path.Combine(Path.GetFullPath(storage.Value.DataRoot), "settings", "default-model.json");
        _logger = logger;
    }

    /// <summary>Full path of the settings file.</summary>
    public string FilePath { get; }

    /// <summary>The model an admin picked, or null when none was (the configuration decides then).</summary>
    public string? Chosen
    {
        get
        {
            lock (_lock)
            {
                if (!_loaded)
                {
                    _chosen = Read();
                    _loaded = true;
                }
                return _chosen;
            }
        }
    }

    /// <summary>Persists <paramref name="name"/> as the default.</summary>
    public async Task SaveAsync(string name, string? setBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temp = $"{FilePath}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (stream)
            {
                await JsonSerializer.SerializeAsync(stream, new DefaultModelFile(name, DateTimeOffset.UtcNow, setBy), Json, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, FilePath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        lock (_lock)
        {
            _chosen = name;
            _loaded = true;
        }
    }

    private string? Read()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }
        try
        {
            var file = JsonSerializer.Deserialize<DefaultModelFile>(File.ReadAllText(FilePath), Json);
            return string.IsNullOrWhiteSpace(file?.Name) ? null : file.Name;
        }
        catch (JsonException ex)
        {
            _logger.LogError(ex, "{File} is not valid JSON; the configured default model is used", FilePath);
            return null;
        }
    }

    private sealed record DefaultModelFile(string Name, DateTimeOffset SetAt, string? SetBy);
}
