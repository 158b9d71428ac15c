namespace WebAttention.Pipeline.Analysis;

/// <summary>Outcome of a finished <see cref="AttentionPipeline"/> run.</summary>
/// <param name="Frames">Frames read, and maps written (one per frame).</param>
/// <param name="AnalysedFrames">Frames the attention model looked at.</param>
/// <param name="ShotCuts">Indices of frames that start a new shot (the clip's first frame excluded).</param>
/// <param name="Stages">Per-stage frames and busy time, in pipeline order.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Device">Inference device reported by the predictor ("CUDA" or "CPU").</param>
/// <param name="Model">Model name and version reported by the predictor.</param>
public sealed record PipelineResult(
    long Frames,
    long AnalysedFrames,
    IReadOnlyList<long> ShotCuts,
    IReadOnlyList<StageTiming> Stages,
    TimeSpan Elapsed,
    string Device,
    string Model);
