using WebAttention.Pipeline.Analysis;

namespace WebAttention.Server.Analysis;

/// <summary>
/// Which of the pipeline's progress reports become the analysis job's progress. The pipeline's stages run
/// at once, each with its own count (decode and store count every frame, predict only the sampled ones), so
/// passing them all on made the bar jump between totals (39/351 → 16/71 → 141/351). The job reports one
/// count: frames finished end to end (stored), out of all frames.
/// </summary>
public static class AnalysisProgress
{
    /// <summary>The job's stage name while the pipeline runs.</summary>
    public const string Stage = "analyse";

    /// <summary>True for the reports that count finished frames (the store stage).</summary>
    public static bool IsJobProgress(PipelineProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return string.Equals(progress.Stage, PipelineStages.Store, StringComparison.Ordinal);
    }
}
