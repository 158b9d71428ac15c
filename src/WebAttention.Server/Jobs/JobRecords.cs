using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Jobs;

/// <summary>An attempt that began: its row, and whether an earlier attempt was cut off (its worker died).</summary>
public sealed record JobAttempt(Job Job, bool Resumed);

/// <summary>The writes the runner makes to a job's row as an attempt starts, ends, fails or is interrupted.</summary>
public sealed class JobRecords(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Marks row <paramref name="jobId"/> running for an attempt by <paramref name="worker"/>, or returns null when
    /// there is nothing to run: the row is gone, finished or cancelled, or another engine job now owns it.
    /// </summary>
    public async Task<JobAttempt?> BeginAsync(Guid jobId, string? engineJobId, string worker, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.Jobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || job.State is JobState.Succeeded or JobState.Cancelled
            || (engineJobId is not null && job.EngineJobId is not null && job.EngineJobId != engineJobId))
        {
            return null;
        }
        var resumed = job.State == JobState.Running;
        job.Attempts++;
        job.State = JobState.Running;
        job.StartedAt = DateTime.UtcNow;
        job.FinishedAt = null;
        job.Worker = worker;
        job.EngineJobId ??= engineJobId;
        job.Log = JobLog.Append(job.Log, DateTime.UtcNow,
            $"attempt {job.Attempts} started on {worker}{(resumed ? " (resumed after an interrupted attempt)" : "")}", Job.MaxDetailLength);
        await db.SaveChangesAsync(cancellationToken);
        return new JobAttempt(job, resumed);
    }

    /// <summary>Ends the attempt: <paramref name="state"/> with its reason, the stack trace and the stage timings.</summary>
    public async Task EndAsync(Job job, JobState state, Exception? error, string timings, string line)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.State = state;
        job.Error = ErrorText.Fit(error?.Message, Job.MaxErrorLength);
        job.ErrorDetail = ErrorText.Fit(error?.ToString(), Job.MaxDetailLength);
        job.StageTimings = timings;
        job.FinishedAt = state is JobState.Succeeded or JobState.Failed or JobState.Cancelled ? DateTime.UtcNow : null;
        if (state == JobState.Queued)
        {
            job.Stage = "retry";
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var log = await db.Jobs.Where(j => j.Id == job.Id).Select(j => j.Log).SingleOrDefaultAsync();
        job.Log = JobLog.Append(log, DateTime.UtcNow, line, Job.MaxDetailLength);
        await db.Jobs.Where(j => j.Id == job.Id && j.State != JobState.Cancelled).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, job.State)
            .SetProperty(j => j.Error, job.Error)
            .SetProperty(j => j.ErrorDetail, job.ErrorDetail)
            .SetProperty(j => j.StageTimings, job.StageTimings)
            .SetProperty(j => j.Stage, job.Stage)
            .SetProperty(j => j.FinishedAt, job.FinishedAt)
            .SetProperty(j => j.Log, job.Log));
    }

    /// <summary>Gives the attempt back (the worker is shutting down): queued again, the attempt not counted.</summary>
    public async Task InterruptAsync(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Jobs.Where(j => j.Id == job.Id && j.State == JobState.Running).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1));
    }

    /// <summary>The current state of a row, as stored.</summary>
    public async Task<JobState?> StateAsync(Guid jobId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Jobs.Where(j => j.Id == jobId).Select(j => (JobState?)j.State).SingleOrDefaultAsync();
    }
}
