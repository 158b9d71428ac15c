namespace WebAttention.Inference.Prediction;

/// <summary>Creates ready-to-run predictors for registered models.</summary>
public interface IPredictorFactory
{
    /// <summary>
    /// A predictor for the configured default model, composing it first when it is the built-in one and
    /// its folder is missing. Its <c>Device</c> and <c>ModelName</c> say what was picked. The caller disposes it.
    /// </summary>
    Task<OnnxSaliencyPredictor> CreateDefaultAsync(CancellationToken cancellationToken);

    /// <summary>A predictor for the registered model <paramref name="modelName"/>. The caller disposes it.</summary>
    Task<OnnxSaliencyPredictor> CreateAsync(string modelName, CancellationToken cancellationToken);

    /// <summary>Makes sure the built-in default model folder exists (composing it if missing) and returns it verified.</summary>
    Task<Models.ModelFolder> EnsureDefaultModelAsync(CancellationToken cancellationToken);
}
