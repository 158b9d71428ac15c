using Microsoft.EntityFrameworkCore;
using WebAttention.Core.Admin;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Admin;

/// <summary>Retry, cancel, requeue and delete jobs: the row changes first, then the engine hears of it.</summary>
public sealed class JobActions(AppDbContext db, JobScheduler scheduler, JobReporter reporter, ILogger<JobActions> logger)
{
    /// <summary>Applies <paramref name="request"/> to each job; jobs in the wrong state are skipped with the reason.</summary>
    public async Task<JobBulkResult> ApplyAsync(JobBulkRequest request, string adminEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.Ids.Distinct().ToList();
        var jobs = await db.Jobs.Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken);
        var skipped = ids.Except(jobs.Select(j => j.Id)).Select(id => $"{id}: no such job").ToList();
        var applied = 0;
        foreach (var job in jobs)
        {
            var refusal = Refusal(request.Action, job.State);
            if (refusal is not null)
            {
                skipped.Add($"{job.Id}: {refusal}");
                continue;
            }
            await ApplyAsync(request.Action, job, adminEmail, cancellationToken);
            applied++;
        }
        logger.LogInformation("{Admin} applied {Action} to {Applied} job(s), skipped {Skipped}", adminEmail, request.Action, applied, skipped.Count);
        return new JobBulkResult(applied, skipped);
    }

    /// <summary>Why <paramref name="action"/> cannot apply to a job in <paramref name="state"/>, or null. Pure.</summary>
    public static string? Refusal(JobAction action, JobState state) => action switch
    {
        JobAction.Retry when state is not (JobState.Failed or JobState.Cancelled) => $"only failed or cancelled jobs are retried (it is {state})",
        JobAction.Cancel when state is not (JobState.Queued or JobState.Running) => $"only queued or running jobs are cancelled (it is {state})",
        JobAction.Requeue when state == JobState.Running => "a running job is cancelled first, then requeued",
        JobAction.Delete when state == JobState.Running => "a running job is cancelled first, then deleted",
        _ => null,
    };

    private async Task ApplyAsync(JobAction action, Job job, string admin, CancellationToken cancellationToken)
    {
        var oldEngineJob = job.EngineJobId;
        switch (action)
        {
            case JobAction.Cancel:
                job.State = JobState.Cancelled;
                job.FinishedAt = DateTime.UtcNow;
                job.Log = JobLog.Append(job.Log, DateTime.UtcNow, $"cancelled by {admin}", Job.MaxDetailLength);
                await db.SaveChangesAsync(cancellationToken);
                scheduler.Abort(oldEngineJob);
                break;
            case JobAction.Delete:
                db.Jobs.Remove(job);
                await db.SaveChangesAsync(cancellationToken);
                scheduler.Abort(oldEngineJob);
                return;
            default: // Retry, Requeue: a fresh engine job with its full retries.
                job.State = JobState.Queued;
                job.Attempts = 0;
                job.Error = null;
                job.ErrorDetail = null;
                job.Stage = null;
                job.FramesDone = 0;
                job.FinishedAt = null;
                job.EngineJobId = null;
                job.Log = JobLog.Append(job.Log, DateTime.UtcNow, $"{(action == JobAction.Retry ? "retried" : "requeued")} by {admin}", Job.MaxDetailLength);
                if (job.Kind == JobKinds.Analyse)
                {
                    // The clip was marked failed with the job; it is being analysed again.
                    await db.Clips.Where(c => c.Id == job.ClipId && c.Status == ClipStatus.Failed)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClipStatus.Queued).SetProperty(c => c.Error, (string?)null), cancellationToken);
                }
                await db.SaveChangesAsync(cancellationToken);
                scheduler.Abort(oldEngineJob);
                await scheduler.DispatchAsync(db, job.Id, job.Queue, cancellationToken);
                break;
        }
        await reporter.PushAsync(job);
    }
}
