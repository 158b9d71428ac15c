using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Models;
using WebAttention.Inference.Sessions;

namespace WebAttention.Inference.Prediction;

/// <summary>
/// Default <see cref="IPredictorFactory"/>: registry lookup (manifest + checksum), session on the
/// configured device, and — for a built-in default (<c>resnet18-readout-v1</c>, or the placeholder
/// <c>resnet18-energy-centre</c>) — composition on first use into <c>&lt;ModelsRoot&gt;/&lt;name&gt;/</c> via a hidden
/// staging folder that is renamed when complete.
/// </summary>
public sealed partial class PredictorFactory : IPredictorFactory, IDisposable
{
    private readonly ModelRegistry _registry;
    private readonly OrtSessionFactory _sessions;
    private readonly InferenceOptions _options;
    private readonly ILogger<PredictorFactory> _logger;
    private readonly SemaphoreSlim _buildGate = new(1, 1);

    /// <summary>Creates the factory.</summary>
    public PredictorFactory(ModelRegistry registry, OrtSessionFactory sessions, IOptions<InferenceOptions> options, ILogger<PredictorFactory> logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _registry = registry;
        _sessions = sessions;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<OnnxSaliencyPredictor> CreateDefaultAsync(CancellationToken cancellationToken)
    {
        var folder = await EnsureDefaultModelAsync(cancellationToken).ConfigureAwait(false);
        return Open(folder, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OnnxSaliencyPredictor> CreateAsync(string modelName, CancellationToken cancellationToken)
    {
        var folder = modelName == _registry.DefaultModelName
            ? await EnsureDefaultModelAsync(cancellationToken).ConfigureAwait(false)
            : await _registry.LoadAsync(modelName, cancellationToken).ConfigureAwait(false);
        return Open(folder, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ModelFolder> EnsureDefaultModelAsync(CancellationToken cancellationToken)
    {
        var name = _registry.DefaultModelName;
        var target = _registry.FolderFor(name);
        if (!Directory.Exists(target) && _options.BuildDefaultModelIfMissing && ModelBuilder.IsBuiltIn(name))
        {
            await _buildGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!Directory.Exists(target))
                {
                    await BuildIntoAsync(name, target, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _buildGate.Release();
            }
        }

        return await _registry.LoadAsync(name, cancellationToken).ConfigureAwait(false);
    }

    private async Task BuildIntoAsync(string name, string target, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(_registry.Root, $".{name}.staging-{Guid.NewGuid():N}");
        LogBuilding(_logger, name, target);
        try
        {
            await ModelBuilder.BuildBuiltInAsync(name, staging, cancellationToken).ConfigureAwait(false);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private OnnxSaliencyPredictor Open(ModelFolder folder, CancellationToken cancellationToken)
    {
        var session = _sessions.Create(folder.ModelPath, cancellationToken);
        try
        {
            var predictor = new OnnxSaliencyPredictor(session, folder.Manifest);
            LogReady(_logger, predictor.ModelName, predictor.Device, predictor.DeviceDetail);
            return predictor;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _buildGate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Composing the built-in model {Model} into {Folder} (first run)")]
    private static partial void LogBuilding(ILogger logger, string model, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saliency predictor {Model} ready on {Device} ({Detail})")]
    private static partial void LogReady(ILogger logger, string model, string device, string detail);
}
