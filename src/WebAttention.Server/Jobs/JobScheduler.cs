using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Options;
using EngineJob = Hangfire.Common.Job;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Records jobs in the <c>Jobs</c> table (the product's record) and hands them to Hangfire on their queue.
/// A row is committed before Hangfire hears of it; <see cref="JobDispatchRecovery"/> hands over rows a crash
/// left between the two.
/// </summary>
public sealed class JobScheduler(IBackgroundJobClient engine, IOptions<JobOptions> options)
{
    private readonly List<Job> _added = [];

    /// <summary>Adds a queued job to <paramref name="db"/>; it is durable when the caller saves, then call <see cref="DispatchAsync(AppDbContext, CancellationToken)"/>.</summary>
    public Job Add(AppDbContext db, string kind, Guid clipId, string queue)
    {
        ArgumentNullException.ThrowIfNull(db);
        var job = new Job
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            ClipId = clipId,
            Queue = queue,
            State = JobState.Queued,
            MaxAttempts = options.Value.RetryDelays().Length + 1,
        };
        db.Jobs.Add(job);
        _added.Add(job);
        return job;
    }

    /// <summary>Hands the jobs added since the last call to the engine (after the caller saved them).</summary>
    public async Task DispatchAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var added = _added.ToArray();
        _added.Clear();
        foreach (var job in added)
        {
            await DispatchAsync(db, job.Id, job.Queue, cancellationToken);
        }
    }

    /// <summary>Creates a Hangfire job that runs row <paramref name="jobId"/> on <paramref name="queue"/> and records its id.</summary>
    public async Task<string> DispatchAsync(AppDbContext db, Guid jobId, string queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The queue is part of the job itself (not only of its first Enqueued state), so retries stay on it.
        var engineId = engine.Create(
            EngineJob.FromExpression<JobRunner>(r => r.RunAsync(jobId, null, CancellationToken.None), queue),
            new EnqueuedState(queue));
        await db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.EngineJobId, engineId), cancellationToken);
        return engineId;
    }

    /// <summary>Stops the engine's job of a row (deleted state: a running attempt is cancelled through its token).</summary>
    public void Abort(string? engineJobId)
    {
        if (!string.IsNullOrEmpty(engineJobId))
        {
            engine.Delete(engineJobId);
        }
    }
}
