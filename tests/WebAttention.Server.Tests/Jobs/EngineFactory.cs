using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebAttention.Core.Jobs;
using WebAttention.Data;
using WebAttention.Data.Entities;
using WebAttention.Server.Jobs;
using WebAttention.Server.Tests.Infrastructure;

namespace WebAttention.Server.Tests.Jobs;

/// <summary>
/// The real server and its real Hangfire engine (SQLite storage in the test's data folder), plus the handlers of
/// <see cref="TestJobs"/>: job kinds whose behaviour a test chooses (fail, wait for cancellation, succeed).
/// </summary>
public sealed class EngineFactory(IDictionary<string, string?> settings) : AppFactory(With(settings))
{
    public TestJobs Handlers { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Handlers);
            services.AddScoped<IJobHandler, TestJobs.Failing>();
            services.AddScoped<IJobHandler, TestJobs.Waiting>();
            services.AddScoped<IJobHandler, TestJobs.Quick>();
        });
    }

    /// <summary>Records and dispatches a job of <paramref name="kind"/> on <paramref name="queue"/>, as the APIs do.</summary>
    public async Task<Guid> QueueAsync(string kind, string queue)
    {
        _ = BaseAddress;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scheduler = scope.ServiceProvider.GetRequiredService<JobScheduler>();
        var job = scheduler.Add(db, kind, Guid.NewGuid(), queue);
        await db.SaveChangesAsync();
        await scheduler.DispatchAsync(db, CancellationToken.None);
        return job.Id;
    }

    public async Task<Job> RowAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    /// <summary>Polls the row until <paramref name="done"/> holds (generous timeout: the machine is shared).</summary>
    public async Task<Job> WaitAsync(Guid id, Func<Job, bool> done, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var row = await RowAsync(id);
            if (done(row))
            {
                return row;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Job {id} is {row.State} ({row.Stage}, attempts {row.Attempts}), engine: {EngineHistory(row.EngineJobId)}; log: {row.Log}");
            }
            await Task.Delay(100);
        }
    }

    public string EngineState(string engineJobId)
    {
        using var connection = Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(engineJobId)?.Name ?? "none";
    }

    private string EngineHistory(string? engineJobId)
    {
        if (engineJobId is null)
        {
            return "not dispatched";
        }
        var details = Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(engineJobId);
        return string.Join(" <- ", details?.History.Select(h => $"{h.StateName} {h.Reason} {string.Join(",", h.Data.Select(d => d.Key + "=" + d.Value))}") ?? []);
    }

    private static Dictionary<string, string?> With(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings) { ["Jobs:CancellationCheckSeconds"] = "0.2" };
        return all;
    }
}

/// <summary>What the test handlers saw.</summary>
public sealed class TestJobs
{
    public const string FailKind = "test-fail";
    public const string WaitKind = "test-wait";
    public const string QuickKind = "test-quick";

    /// <summary>A reason longer than the Error column.</summary>
    public static readonly string LongReason = "disk on fire: " + new string('x', Job.MaxErrorLength + 500);

    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Always throws <see cref="LongReason"/>.</summary>
    public sealed class Failing : IJobHandler
    {
        public string Kind => FailKind;

        public Task RunAsync(JobContext context, CancellationToken cancellationToken) => throw new IOException(LongReason);
    }

    /// <summary>Runs until its token is cancelled.</summary>
    public sealed class Waiting(TestJobs seen) : IJobHandler
    {
        public string Kind => WaitKind;

        public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            seen.WaitStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                seen.WaitCancelled.TrySetResult();
            }
        }
    }

    /// <summary>Reports one stage and succeeds.</summary>
    public sealed class Quick : IJobHandler
    {
        public string Kind => QuickKind;

        public Task RunAsync(JobContext context, CancellationToken cancellationToken) =>
            context.StageAsync("work", () => Task.FromResult(true));
    }
}
