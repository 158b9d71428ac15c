using WebAttention.Core;
using WebAttention.Inference.Prediction;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Server.Extensions;

namespace WebAttention.Server.Analysis;

/// <summary>
/// Holds the process's one saliency predictor. It is created once (building the default model on
/// first run, choosing CUDA or CPU) and shared by all jobs; the device chosen is what the UI shows.
/// </summary>
public sealed class PredictorHost(IPredictorFactory factory, ILogger<PredictorHost> logger) : IInferenceStatus, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ISaliencyPredictor? _predictor;
    private string? _failure;

    /// <inheritdoc />
    public SystemInfo Current => _predictor switch
    {
        OnnxSaliencyPredictor onnx => new SystemInfo(onnx.Device, onnx.ModelName, onnx.DeviceDetail),
        { } other => new SystemInfo(other.Device, other.ModelName, null),
        null => new SystemInfo(_failure is null ? "starting" : "unavailable", "-", _failure),
    };

    /// <summary>The shared predictor, created on first use.</summary>
    public async Task<ISaliencyPredictor> GetAsync(CancellationToken cancellationToken)
    {
        if (_predictor is not null)
        {
            return _predictor;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_predictor is null)
            {
                try
                {
                    _predictor = await factory.CreateDefaultAsync(cancellationToken);
                    _failure = null;
                    logger.LogInformation("Attention model {Model} runs on {Device}", _predictor.ModelName, _predictor.Device);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _failure = ex.Message;
                    throw;
                }
            }
            return _predictor;
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        (_predictor as IDisposable)?.Dispose();
        _gate.Dispose();
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
            await host.GetAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The attention model could not be loaded; analysis jobs will fail until it can");
        }
    }
}
