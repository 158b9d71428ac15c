using WebAttention.Core.Jobs;

namespace WebAttention.Data.Entities;

/// <summary>
/// The product's record of a background job (kind, clip, state, stage timeline, progress, error, attempts),
/// which the UI and the operations dashboard query. Hangfire executes it (<see cref="EngineJobId"/>);
/// the handlers update this row as they run.
/// </summary>
public sealed class Job
{
    public Guid Id { get; set; }
    /// <summary>Handler name, e.g. "analyse".</summary>
    public required string Kind { get; set; }
    /// <summary>Queue by device class: gpu, cpu, export.</summary>
    public string Queue { get; set; } = "default";
    public Guid ClipId { get; set; }
    public JobState State { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; } = 3;
    /// <summary>Id of the Hangfire job that executes this row; null until it is handed to the engine.</summary>
    public string? EngineJobId { get; set; }
    /// <summary>The worker (Hangfire server) running or last running it.</summary>
    public string? Worker { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? Stage { get; set; }
    public long FramesDone { get; set; }
    public long FramesTotal { get; set; }
    public double FramesPerSecond { get; set; }
    public string? Device { get; set; }
    /// <summary>Longest <see cref="Error"/> the column holds (longer reasons are cut by <see cref="ErrorText.Fit"/>).</summary>
    public const int MaxErrorLength = 4000;

    public string? Error { get; set; }

    /// <summary>Longest <see cref="ErrorDetail"/> and <see cref="Log"/> the columns hold.</summary>
    public const int MaxDetailLength = 16000;

    /// <summary>The last failure with its exception type and stack trace.</summary>
    public string? ErrorDetail { get; set; }
    /// <summary>Log lines of its attempts (start, retry, failure), newest last, cut to <see cref="MaxDetailLength"/>.</summary>
    public string? Log { get; set; }
    /// <summary>JSON object of stage name → seconds.</summary>
    public string? StageTimings { get; set; }
    /// <summary>Target aspect ("9:16") of reframe and export jobs; null for others.</summary>
    public string? Aspect { get; set; }
    /// <summary>JSON arguments of the handler (e.g. preset, export size), or null.</summary>
    public string? Payload { get; set; }
}
