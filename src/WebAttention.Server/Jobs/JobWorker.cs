using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebAttention.Core.Hubs;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Hubs;
using WebAttention.Server.Options;
using WebAttention.Server.Storage;
using WebAttention.Server.Telemetry;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Claims jobs from the table with a lease, runs their handler and renews the lease while it runs.
/// A worker killed mid-job stops renewing; once the lease expires any worker claims the job again.
/// </summary>
public sealed class JobWorker(
    IServiceScopeFactory scopes,
    JobQueue queue,
    IHubContext<ClipsHub, IClipClient> hub,
    IOptions<JobOptions> options,
    AppMetrics metrics,
    ILogger<JobWorker> logger) : BackgroundService
{
    /// <summary>Identifies this process in lease owners: host name and a per-start id.</summary>
    public static readonly string WorkerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ReclaimOnStart)
        {
            await ReclaimOrphansAsync(stoppingToken);
        }
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count < settings.Concurrency)
            {
                var job = await TryClaimAsync(stoppingToken);
                if (job is not null)
                {
                    running.Add(RunAsync(job, stoppingToken));
                    continue;
                }
            }
            try
            {
                await queue.WaitAsync(TimeSpan.FromSeconds(settings.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await Task.WhenAll(running);
    }

    /// <summary>Requeues jobs left running by an earlier start of a single-worker deployment.</summary>
    private async Task ReclaimOrphansAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var count = await db.Jobs.Where(j => j.State == JobState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Queued).SetProperty(j => j.LeaseOwner, (string?)null), cancellationToken);
        if (count > 0)
        {
            logger.LogWarning("Requeued {Count} job(s) left running by a previous start", count);
        }
    }

    /// <summary>Claims the oldest runnable job: queued, or running with an expired lease.</summary>
    private async Task<Job?> TryClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var candidates = await db.Jobs.AsNoTracking()
            .Where(j => j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now))
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(5).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var lease = DateTime.UtcNow.AddSeconds(options.Value.LeaseSeconds);
            // The WHERE repeats the eligibility test, so two workers cannot both win the same row.
            var claimed = await db.Jobs
                .Where(j => j.Id == id && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseExpiresAt < now)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LeaseOwner, WorkerId)
                    .SetProperty(j => j.LeaseExpiresAt, lease)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.StartedAt, DateTime.UtcNow), cancellationToken);
            if (claimed == 1)
            {
                return await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            }
        }
        return null;
    }

    private async Task RunAsync(Job job, CancellationToken stoppingToken)
    {
        using var jobCancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var reporter = new JobReporter(scopes, hub);
        var context = new JobContext(job, reporter);
        var heartbeat = HeartbeatAsync(job.Id, jobCancel);
        var started = DateTime.UtcNow;
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["ClipId"] = job.ClipId });
        logger.LogInformation("Job {JobId} ({Kind}) attempt {Attempt} started", job.Id, job.Kind, job.Attempts);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind)
                ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            // Scale-out: the clip's media comes from the shared store and its outputs go back (no-ops on the local store).
            var media = scope.ServiceProvider.GetRequiredService<IMediaStore>();
            await media.PullClipAsync(job.ClipId, includeSource: true, jobCancel.Token);
            await handler.RunAsync(context, jobCancel.Token);
            await media.PushClipAsync(job.ClipId, jobCancel.Token);
            await FinishAsync(job, context, JobState.Succeeded, null);
            metrics.JobFinished(job.Kind, "succeeded", DateTime.UtcNow - started);
            logger.LogInformation("Job {JobId} succeeded in {Seconds:0.0}s", job.Id, (DateTime.UtcNow - started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back so the next start (or another worker) runs it.
            await ReleaseAsync(job.Id);
            logger.LogWarning("Job {JobId} interrupted by shutdown; requeued", job.Id);
        }
        catch (Exception ex)
        {
            var final = job.Attempts >= job.MaxAttempts;
            await FinishAsync(job, context, final ? JobState.Failed : JobState.Queued, ex.Message);
            metrics.JobFinished(job.Kind, final ? "failed" : "retried", DateTime.UtcNow - started);
            logger.LogError(ex, "Job {JobId} attempt {Attempt} failed{Final}", job.Id, job.Attempts, final ? "; giving up" : "; will retry");
            if (final)
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var hook in scope.ServiceProvider.GetServices<IJobFailureHook>())
                {
                    await hook.OnFailedAsync(job, ex.Message, CancellationToken.None);
                }
            }
            else
            {
                queue.Signal();
            }
        }
        finally
        {
            await jobCancel.CancelAsync();
            await heartbeat;
        }
    }

    private async Task HeartbeatAsync(Guid jobId, CancellationTokenSource jobCancel)
    {
        var every = TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3.0);
        try
        {
            while (!jobCancel.IsCancellationRequested)
            {
                await Task.Delay(every, jobCancel.Token);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var renewed = await db.Jobs.Where(j => j.Id == jobId && j.LeaseOwner == WorkerId && j.State == JobState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, DateTime.UtcNow.AddSeconds(options.Value.LeaseSeconds)), jobCancel.Token);
                if (renewed == 0)
                {
                    // Cancelled by a user or taken over: stop working on it.
                    logger.LogWarning("Lost the lease of job {JobId}; stopping it", jobId);
                    await jobCancel.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Job ended.
        }
    }

    private async Task FinishAsync(Job job, JobContext context, JobState state, string? error)
    {
        job.State = state;
        job.Error = ErrorText.Fit(error, Job.MaxErrorLength);
        var timings = JsonSerializer.Serialize(context.StageTimings);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.StageTimings, timings)
                .SetProperty(j => j.FinishedAt, state == JobState.Queued ? null : DateTime.UtcNow));
        }
        await new JobReporter(scopes, hub).PushAsync(job);
    }

    private async Task ReleaseAsync(Guid jobId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1));
    }
}
