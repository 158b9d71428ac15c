using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Options;

/// <summary>The in-process job worker (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run the worker in this process (embedded mode). Scale-out web nodes turn it off.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Seconds a claim lasts without a heartbeat; a killed worker's job is retaken after this.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Seconds between polls when no job was signalled.</summary>
    [Range(0.05, 60)]
    public double PollSeconds { get; set; } = 2;

    /// <summary>Jobs run at once by this worker.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 1;

    /// <summary>
    /// Single-worker deployments (embedded mode) may retake their own running jobs at start-up
    /// instead of waiting for the lease to expire: nobody else can be running them.
    /// </summary>
    public bool ReclaimOnStart { get; set; } = true;
}
