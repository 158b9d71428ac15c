using WebAttention.Core.Jobs;
using WebAttention.Pipeline.Analysis;
using WebAttention.Server.Analysis;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>How the analysis pipeline's progress becomes one job's progress, and the no-step-back rule.</summary>
public sealed class JobProgressTests
{
    [Fact]
    public void Of_the_pipelines_interleaved_stages_only_the_finished_frame_count_reaches_the_job()
    {
        // What the report saw, stage by stage: decode and store count all 351 frames, predict the 71 sampled ones.
        PipelineProgress[] reports =
        [
            new(PipelineStages.Decode, 39, 351, 30),
            new(PipelineStages.Predict, 16, 71, 8),
            new(PipelineStages.Store, 20, 351, 10),
            new(PipelineStages.Decode, 141, 351, 30),
            new(PipelineStages.Interpolate, 60, 351, 12),
            new(PipelineStages.Predict, 30, 71, 8),
            new(PipelineStages.Store, 60, 351, 10),
        ];

        var job = reports.Where(AnalysisProgress.IsJobProgress).ToList();

        Assert.Equal([20L, 60L], job.Select(p => p.FramesDone));
        Assert.All(job, p => Assert.Equal(351, p.FramesTotal));
    }

    [Theory]
    [InlineData("analyse", 141, "analyse", 39, true)] // a late report of the same stage
    [InlineData("analyse", 39, "analyse", 141, false)]
    [InlineData("analyse", 39, "analyse", 39, false)]
    [InlineData("proxy", 351, "analyse", 0, false)] // a new stage starts its own count
    [InlineData(null, 0, "proxy", 0, false)]
    public void Within_a_stage_progress_never_steps_back(string? previousStage, long previousDone, string stage, long done, bool backwards) =>
        Assert.Equal(backwards, JobProgress.GoesBackwards(previousStage, previousDone, stage, done));
}
