using System.Text.Json;
using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.AspNetCore.SignalR;
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
/// What Hangfire executes: one attempt of a job row. Runs the row's handler, keeps the row's state, timeline,
/// error and log, and rethrows a failure so Hangfire retries with backoff; after the last retry the row is
/// Failed with the reason. Cancellation (a deleted engine job, or shutdown) arrives through Hangfire's token.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes,
    IHubContext<ClipsHub, IClipClient> hub,
    JobStorage storage,
    JobRecords records,
    IOptions<JobOptions> options,
    AppMetrics metrics,
    ILogger<JobRunner> logger)
{
    /// <summary>This process as a worker: host name and process id, as Hangfire starts its server ids ("host:pid:guid").</summary>
    public static readonly string WorkerName = $"{Environment.MachineName}:{Environment.ProcessId}".ToLowerInvariant();

    /// <summary>Runs one attempt of row <paramref name="jobId"/>. Hangfire passes <paramref name="perform"/> and the token.</summary>
    [JobDisplayName("job {0}")]
    public async Task RunAsync(Guid jobId, PerformContext? perform, CancellationToken cancellationToken)
    {
        var engineId = perform?.BackgroundJob.Id;
        var attempt = await records.BeginAsync(jobId, engineId, WorkerName, cancellationToken);
        if (attempt is null)
        {
            logger.LogInformation("Job {JobId}: nothing to run (finished, cancelled or superseded)", jobId);
            return;
        }
        var job = attempt.Job;
        if (attempt.Resumed)
        {
            logger.LogWarning("Job {JobId} resumed after an interrupted attempt", job.Id);
        }
        var reporter = new JobReporter(scopes, hub);
        await reporter.PushAsync(job);
        var context = new JobContext(job, reporter);
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
            await media.PullClipAsync(job.ClipId, includeSource: true, cancellationToken);
            await handler.RunAsync(context, cancellationToken);
            await media.PushClipAsync(job.ClipId, cancellationToken);
            await records.EndAsync(job, JobState.Succeeded, null, Timings(context), $"attempt {job.Attempts} succeeded");
            metrics.JobFinished(job.Kind, "succeeded", DateTime.UtcNow - started);
            logger.LogInformation("Job {JobId} succeeded in {Seconds:0.0}s", job.Id, (DateTime.UtcNow - started).TotalSeconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (IsDeleted(engineId) || await records.StateAsync(job.Id) == JobState.Cancelled)
            {
                await records.EndAsync(job, JobState.Cancelled, null, Timings(context), $"attempt {job.Attempts} cancelled");
                metrics.JobFinished(job.Kind, "cancelled", DateTime.UtcNow - started);
                logger.LogInformation("Job {JobId} cancelled", job.Id);
                return;
            }
            // Shutting down: Hangfire hands the job back to its queue; the row waits with it.
            await records.InterruptAsync(job);
            logger.LogWarning("Job {JobId} interrupted by shutdown; requeued", job.Id);
            throw;
        }
        catch (Exception ex)
        {
            var retry = perform?.GetJobParameter<int>("RetryCount") ?? 0;
            var delays = options.Value.RetryDelays();
            var final = retry >= delays.Length;
            var reason = ErrorText.Fit(ex.Message, 300);
            var line = final
                ? $"attempt {job.Attempts} failed; giving up: {reason}"
                : $"attempt {job.Attempts} failed; retry in {delays[retry]} s: {reason}";
            await records.EndAsync(job, final ? JobState.Failed : JobState.Queued, ex, Timings(context), line);
            metrics.JobFinished(job.Kind, final ? "failed" : "retried", DateTime.UtcNow - started);
            logger.LogError(ex, "Job {JobId} attempt {Attempt} failed{Final}", job.Id, job.Attempts, final ? "; giving up" : "; will retry");
            if (final)
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var hook in scope.ServiceProvider.GetServices<IJobFailureHook>())
                {
                    await hook.OnFailedAsync(job, job.Error ?? ex.Message, CancellationToken.None);
                }
            }
            throw;
        }
        finally
        {
            await reporter.PushAsync(job);
        }
    }

    private static string Timings(JobContext context) => JsonSerializer.Serialize(context.StageTimings);

    private bool IsDeleted(string? engineId)
    {
        if (engineId is null)
        {
            return false;
        }
        using var connection = storage.GetConnection();
        return connection.GetStateData(engineId)?.Name == DeletedState.StateName;
    }
}
