using WebAttention.Core.Jobs;

namespace WebAttention.Data.Entities;

/// <summary>
/// A durable background job. Workers claim it with a lease they renew; a job whose lease ran out
/// (its worker was killed) is claimed again, so no job is lost.
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
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
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
    /// <summary>JSON object of stage name → seconds.</summary>
    public string? StageTimings { get; set; }
    /// <summary>Target aspect ("9:16") of reframe and export jobs; null for others.</summary>
    public string? Aspect { get; set; }
    /// <summary>JSON arguments of the handler (e.g. preset, export size), or null.</summary>
    public string? Payload { get; set; }
}
