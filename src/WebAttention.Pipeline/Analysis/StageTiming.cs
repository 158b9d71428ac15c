namespace WebAttention.Pipeline.Analysis;

/// <summary>Work done by one stage of a finished run.</summary>
/// <param name="Stage">Stage name (see <see cref="PipelineStages"/>).</param>
/// <param name="Frames">Frames the stage handled.</param>
/// <param name="Busy">Time spent in the stage's own work (not waiting on its neighbours).</param>
public sealed record StageTiming(string Stage, long Frames, TimeSpan Busy)
{
    /// <summary>Busy time in seconds.</summary>
    public double Seconds => Busy.TotalSeconds;

    /// <summary>Frames per busy second (0 when no time was measured).</summary>
    public double FramesPerSecond => Busy > TimeSpan.Zero ? Frames / Busy.TotalSeconds : 0;
}
