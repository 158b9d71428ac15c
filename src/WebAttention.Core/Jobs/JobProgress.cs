namespace WebAttention.Core.Jobs;

/// <summary>Progress of a job, pushed to watchers of its clip.</summary>
/// <param name="Stage">Current stage (proxy, analyse; focus, shots, solve; render, files); each keeps one total.</param>
/// <param name="FramesDone">Frames finished by the current stage; never less than in an earlier report of the same stage.</param>
/// <param name="FramesTotal">Frames the current stage will do (0 when unknown).</param>
/// <param name="FramesPerSecond">Recent throughput of the stage.</param>
/// <param name="Device">Inference device (CUDA or CPU) once known.</param>
/// <param name="Kind">Job kind: analyse, reframe or export.</param>
public sealed record JobProgress(
    Guid JobId,
    Guid ClipId,
    JobState State,
    string Stage,
    long FramesDone,
    long FramesTotal,
    double FramesPerSecond,
    string? Device,
    string? Error,
    string? Kind = null)
{
    /// <summary>
    /// True when <paramref name="done"/> of <paramref name="stage"/> would move the bar backwards after
    /// <paramref name="previousDone"/> of <paramref name="previousStage"/>: within one stage progress only grows
    /// (a later stage starts its own count).
    /// </summary>
    public static bool GoesBackwards(string? previousStage, long previousDone, string stage, long done) =>
        string.Equals(previousStage, stage, StringComparison.Ordinal) && done < previousDone;
}
