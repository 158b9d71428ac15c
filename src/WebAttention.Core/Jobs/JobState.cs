namespace WebAttention.Core.Jobs;

/// <summary>Life of a background job.</summary>
public enum JobState
{
    /// <summary>Waiting for a worker.</summary>
    Queued = 0,
    /// <summary>Claimed by a worker that renews its lease.</summary>
    Running = 1,
    /// <summary>Finished.</summary>
    Succeeded = 2,
    /// <summary>Gave up after its attempts; see the error.</summary>
    Failed = 3,
    /// <summary>Cancelled by a user.</summary>
    Cancelled = 4,
}
