using WebAttention.Core;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Server.Extensions;
using WebAttention.Server.Models;

namespace WebAttention.Server.Analysis;

/// <summary>
/// Holds the process's default saliency predictor. It is created once (building the built-in model on first
/// run, choosing CUDA or CPU) and shared by all jobs through leases; the device chosen is what the UI shows.
/// The default is the admin's choice (<see cref="DefaultModelStore"/>) or else the configured one; switching it
/// loads the new predictor for the next jobs while running jobs keep the old one until they release it.
/// </summary>
public sealed class PredictorHost(
    IPredictorFactory factory, ModelRegistry registry, DefaultModelStore store, ILogger<PredictorHost> logger) : IInferenceStatus, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SharedPredictor? _current;
    private bool _failed;
    private int _disposed;

    /// <inheritdoc />
    public SystemInfo Current => InfoOf(Volatile.Read(ref _current)?.Predictor, failed: Volatile.Read(ref _failed));

    /// <summary>
    /// What /api/system tells users about <paramref name="predictor"/>: its device in plain words, never the
    /// runtime's exception text (that is logged where the model is loaded).
    /// </summary>
    public static SystemInfo InfoOf(ISaliencyPredictor? predictor, bool failed) => predictor switch
    {
        OnnxSaliencyPredictor onnx => new SystemInfo(onnx.Device, onnx.ModelName, onnx.DeviceSummary),
        { } other => new SystemInfo(other.Device, other.ModelName, null),
        null => failed ? new SystemInfo("unavailable", "-", DeviceSummaries.Unavailable) : new SystemInfo("starting", "-", null),
    };

    /// <summary>Folder name of the default model: the loaded one, else the admin's choice, else the configured one.</summary>
    public string DefaultModelName => Volatile.Read(ref _current)?.ModelName ?? store.Chosen ?? registry.DefaultModelName;

    /// <summary>A lease on the default predictor (created on first use); dispose it when the job is done.</summary>
    public async Task<PredictorLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var shared = Volatile.Read(ref _current);
        if (shared is not null && shared.TryAddReference())
        {
            return new PredictorLease(shared);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                try
                {
                    _current = await CreateAtStartAsync(cancellationToken);
                    _failed = false;
                    logger.LogInformation("Attention model {Model} runs on {Device}", _current.Predictor.ModelName, _current.Predictor.Device);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _failed = true;
                    throw;
                }
            }

            // The host's own reference keeps the count above zero while it is current.
            _current.TryAddReference();
            return new PredictorLease(_current);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Makes <paramref name="modelName"/> the default: loads and checks it, persists the choice, then swaps it
    /// in. On any failure the old default stays and the exception says why.
    /// </summary>
    /// <exception cref="InvalidModelException">The model is unknown, damaged or its graph does not match its manifest.</exception>
    public async Task SwitchAsync(string modelName, string? setBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var folder = await registry.LoadAsync(modelName, cancellationToken);
            await ModelGraphCheck.VerifyAsync(folder, cancellationToken);
            OnnxSaliencyPredictor predictor;
            try
            {
                predictor = await factory.CreateAsync(modelName, cancellationToken);
            }
            catch (NotSupportedException ex)
            {
                throw new InvalidModelException($"Model '{folder.Manifest.DisplayName}' cannot run here: {ex.Message}", ex);
            }

            try
            {
                await store.SaveAsync(modelName, setBy, cancellationToken);
            }
            catch
            {
                predictor.Dispose();
                throw;
            }

            var old = _current;
            _current = new SharedPredictor(modelName, predictor);
            _failed = false;
            old?.Release();
            logger.LogInformation("Default attention model is now {Model} on {Device} (set by {User})", predictor.ModelName, predictor.Device, setBy);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SharedPredictor> CreateAtStartAsync(CancellationToken cancellationToken)
    {
        var chosen = store.Chosen;
        if (chosen is not null && chosen != registry.DefaultModelName)
        {
            try
            {
                return new SharedPredictor(chosen, await factory.CreateAsync(chosen, cancellationToken));
            }
            catch (Exception ex) when (ex is InvalidModelException or NotSupportedException or IOException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
            {
                logger.LogError(ex, "The chosen default model {Model} cannot be loaded; using the configured default {Configured}", chosen, registry.DefaultModelName);
            }
        }

        return new SharedPredictor(registry.DefaultModelName, await factory.CreateDefaultAsync(cancellationToken));
    }

    /// <summary>Drops the host's reference; the predictor goes when the last running job releases it. Safe to call twice
    /// (the container disposes this singleton once as itself and once as <see cref="IInferenceStatus"/>).</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Interlocked.Exchange(ref _current, null)?.Release();
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Loads the model at start-up (in the background) so the device is known before the first job.</summary>
public sealed class PredictorWarmup(PredictorHost host, ILogger<PredictorWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var lease = await host.AcquireAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The attention model could not be loaded; analysis jobs will fail until it can");
        }
    }
}
