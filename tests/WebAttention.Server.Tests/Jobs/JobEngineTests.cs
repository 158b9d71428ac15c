using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Jobs;
using WebAttention.Data.Entities;
using WebAttention.Server.Jobs;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>Jobs on the real Hangfire engine: retries with backoff, the final failed state, queues and cancellation.</summary>
public sealed class JobEngineTests
{
    [Fact]
    public async Task A_failing_job_is_retried_with_backoff_then_failed_with_its_reason_fitted_to_the_column()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?> { ["Jobs:RetryDelaysSeconds"] = "1,2" });
        var id = await factory.QueueAsync(TestJobs.FailKind, JobKinds.CpuQueue);

        var row = await factory.WaitAsync(id, j => j.State == JobState.Failed);

        Assert.Equal((3, 3), (row.Attempts, row.MaxAttempts));
        Assert.Equal(Job.MaxErrorLength, row.Error!.Length);
        Assert.StartsWith("disk on fire: xxx", row.Error, StringComparison.Ordinal);
        Assert.Contains("System.IO.IOException", row.ErrorDetail, StringComparison.Ordinal);
        Assert.Contains(" at ", row.ErrorDetail, StringComparison.Ordinal);
        Assert.Contains("attempt 1 failed; retry in 1 s", row.Log, StringComparison.Ordinal);
        Assert.Contains("attempt 2 failed; retry in 2 s", row.Log, StringComparison.Ordinal);
        Assert.Contains("attempt 3 failed; giving up", row.Log, StringComparison.Ordinal);
        Assert.NotNull(row.FinishedAt);
        // Hangfire scheduled each retry (the backoff) and ended in its own Failed state.
        Assert.Equal(FailedState.StateName, factory.EngineState(row.EngineJobId!));
        var history = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(row.EngineJobId).History;
        Assert.Equal(2, history.Count(h => h.StateName == ScheduledState.StateName));
        Assert.All(history.Where(h => h.StateName == EnqueuedState.StateName), h => Assert.Equal(JobKinds.CpuQueue, h.Data["Queue"]));
    }

    [Fact]
    public async Task A_worker_takes_jobs_only_from_its_queues()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?> { ["Jobs:Queues"] = "cpu" });
        // Queued first: a worker that ignored queues would run it first.
        var gpu = await factory.QueueAsync(TestJobs.QuickKind, JobKinds.GpuQueue);
        var cpu = await factory.QueueAsync(TestJobs.QuickKind, JobKinds.CpuQueue);

        var done = await factory.WaitAsync(cpu, j => j.State == JobState.Succeeded);
        var waiting = await factory.RowAsync(gpu);

        Assert.Contains("\"work\":", done.StageTimings, StringComparison.Ordinal);
        Assert.Equal((JobState.Queued, 0), (waiting.State, waiting.Attempts));
        Assert.Equal(EnqueuedState.StateName, factory.EngineState(waiting.EngineJobId!));
    }

    [Fact]
    public async Task Aborting_a_running_job_cancels_its_handler_through_the_token_and_marks_it_cancelled()
    {
        using var factory = new EngineFactory(new Dictionary<string, string?>());
        var id = await factory.QueueAsync(TestJobs.WaitKind, JobKinds.ExportQueue);
        await factory.Handlers.WaitStarted.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var running = await factory.RowAsync(id);
        Assert.Equal(JobState.Running, running.State);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<JobScheduler>().Abort(running.EngineJobId);
        }

        await factory.Handlers.WaitCancelled.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var row = await factory.WaitAsync(id, j => j.State == JobState.Cancelled);
        Assert.Contains("attempt 1 cancelled", row.Log, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);
    }
}
