namespace WebAttention.Pipeline.Analysis;

/// <summary>Progress of one stage of a running pipeline.</summary>
/// <param name="Stage">Stage name (see <see cref="PipelineStages"/>).</param>
/// <param name="FramesDone">Frames the stage has finished.</param>
/// <param name="FramesTotal">Frames the stage expects (0 when unknown).</param>
/// <param name="FramesPerSecond">Frames the stage finished per second of wall time since the run started.</param>
public sealed record PipelineProgress(string Stage, long FramesDone, long FramesTotal, double FramesPerSecond);
