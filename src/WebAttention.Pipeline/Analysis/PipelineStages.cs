namespace WebAttention.Pipeline.Analysis;

/// <summary>Names of the pipeline's stages, as used in progress reports and timings.</summary>
public static class PipelineStages
{
    /// <summary>Waiting for decoded frames from the source.</summary>
    public const string Decode = "decode";

    /// <summary>Cut detection and thinning to the analysis rate.</summary>
    public const string Sample = "sample";

    /// <summary>The attention model on batches of analysed frames.</summary>
    public const string Predict = "predict";

    /// <summary>Temporal smoothing and interpolation of maps for every frame.</summary>
    public const string Interpolate = "interpolate";

    /// <summary>Writing maps to the sink.</summary>
    public const string Store = "store";
}
