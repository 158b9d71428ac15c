using WebAttention.Core.Jobs;

namespace WebAttention.Core.Admin;

/// <summary>Filters and a page of the dashboard's job list. Empty filters match everything.</summary>
public sealed record JobListQuery
{
    public string? Kind { get; init; }
    public JobState? State { get; init; }
    /// <summary>Owner's user id or e-mail.</summary>
    public string? Owner { get; init; }
    public Guid? ClipId { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    /// <summary>Text searched in the clip title, the error and the stage.</summary>
    public string? Search { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;

    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 200;
}

/// <summary>One row of the job list.</summary>
public sealed record JobRow(
    Guid Id, string Kind, string Queue, JobState State, Guid ClipId, string? ClipTitle, string? OwnerEmail,
    int Attempts, int MaxAttempts, string? Stage, long FramesDone, long FramesTotal, string? Device, string? Worker,
    string? Error, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt);

/// <summary>A page of rows and the total that matched.</summary>
public sealed record JobPage(int Total, IReadOnlyList<JobRow> Rows);

/// <summary>One stage of a job: its seconds and, where frames are known, frames per second.</summary>
public sealed record JobStageTiming(string Stage, double Seconds, double? FramesPerSecond);

/// <summary>Everything about one job.</summary>
public sealed record JobDetail(
    JobRow Job, IReadOnlyList<JobStageTiming> Stages, double FramesPerSecond, string? ErrorDetail,
    IReadOnlyList<string> Log, string? EngineJobId, string? Aspect, string? Payload);

/// <summary>What to do to jobs (sent by name).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<JobAction>))]
public enum JobAction
{
    /// <summary>Run a failed or cancelled job again (a fresh engine job, full retries).</summary>
    Retry,
    /// <summary>Stop a queued or running job.</summary>
    Cancel,
    /// <summary>Put any job not running back in its queue.</summary>
    Requeue,
    /// <summary>Remove a job that is not running (its record and its engine job).</summary>
    Delete,
}

/// <summary>An action on one or more jobs.</summary>
public sealed record JobBulkRequest(JobAction Action, IReadOnlyList<Guid> Ids);

/// <summary>Jobs the action applied to, and why the others were skipped.</summary>
public sealed record JobBulkResult(int Applied, IReadOnlyList<string> Skipped);

/// <summary>Jobs finished in one hour, by outcome.</summary>
public sealed record JobStatsPoint(DateTime Hour, int Succeeded, int Failed, int Cancelled);
