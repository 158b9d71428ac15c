namespace WebAttention.Core.Jobs;

/// <summary>Progress of a job, pushed to watchers of its clip.</summary>
/// <param name="Stage">Current stage name (probe, proxy, analyse, store).</param>
/// <param name="FramesDone">Frames finished by the current stage.</param>
/// <param name="FramesTotal">Frames expected (0 when unknown).</param>
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
    string? Kind = null);
