using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using WebAttention.Pipeline.Configuration;
using WebAttention.Server.Options;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Jobs;

/// <summary>
/// Composition of the job engine (Hangfire), in one place so the web host and a headless worker host build it
/// the same way. Hangfire's configuration is static by default; here the storage, activator and filters are this
/// host's own services, so several hosts in one process (tests) do not share them.
/// </summary>
public static class JobEngineExtensions
{
    /// <summary>Where Hangfire's own dashboard is mounted (Admins only).</summary>
    public const string DashboardPath = "/admin/hangfire";

    /// <summary>Adds the job record, the scheduler and Hangfire; with <paramref name="processJobs"/> also a Hangfire server (worker).</summary>
    public static IServiceCollection AddJobEngine(this IServiceCollection services, IConfiguration config, bool processJobs)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddValidatedOptions<JobOptions, JobOptionsValidator>(config, JobOptions.SectionName);
        services.AddSingleton<JobStorage>(sp => CreateStorage(sp, config, processJobs));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => Filters(sp.GetRequiredService<IOptions<JobOptions>>().Value));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddScoped<JobScheduler>();
        services.AddSingleton<JobRecords>();
        services.AddTransient<JobReporter>();
        services.AddScoped<JobRunner>();
        services.AddHostedService<JobDispatchRecovery>();
        if (processJobs)
        {
            services.AddHostedService<WorkerDevicePublisher>();
            services.AddHangfireServer((sp, server) =>
            {
                var options = sp.GetRequiredService<IOptions<JobOptions>>().Value;
                server.ServerName = Environment.MachineName; // Hangfire adds ":pid:guid"
                server.Queues = options.QueueList();
                server.WorkerCount = options.Concurrency;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds));
                server.CancellationCheckInterval = TimeSpan.FromSeconds(options.CancellationCheckSeconds);
                server.ServerCheckInterval = TimeSpan.FromSeconds(30);
                server.ServerTimeout = TimeSpan.FromMinutes(2);
            });
        }
        return services;
    }

    /// <summary>Mounts Hangfire's dashboard at <see cref="DashboardPath"/> for Admins (401 signed out, 403 for others).</summary>
    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/admin",
            DashboardTitle = "WebAttention jobs",
        }, app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    private static JobStorage CreateStorage(IServiceProvider sp, IConfiguration config, bool processJobs)
    {
        var options = sp.GetRequiredService<IOptions<JobOptions>>().Value;
        // Hangfire's static settings (this host's log bridge, serializer) first: storages log from their constructor.
        sp.GetRequiredService<IGlobalConfiguration>();
        var invisibility = TimeSpan.FromSeconds(options.InvisibilitySeconds);
        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        if (options.Storage == JobStorageKind.PostgreSql)
        {
            var connection = config.GetConnectionString(JobOptions.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException(
                    $"Jobs:Storage is PostgreSql but ConnectionStrings:{JobOptions.ConnectionStringName} is empty: set it to the PostgreSQL database Hangfire uses.");
            }
            var postgres = new PostgreSqlStorageOptions
            {
                InvisibilityTimeout = invisibility,
                UseSlidingInvisibilityTimeout = true,
                QueuePollInterval = poll,
                PrepareSchemaIfNecessary = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, postgres), postgres);
        }
        var file = sp.GetRequiredService<MediaPaths>().JobsDatabaseFile;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (processJobs)
        {
            // This is the SQLite queue's one worker: what an earlier process fetched died with it (see SqliteQueueRelease).
            var released = SqliteQueueRelease.ReleaseFetched(file);
            if (released > 0)
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteQueueRelease)).LogWarning(
                    "Released {Count} job(s) a previous process had fetched and not finished", released);
            }
        }
        return new SQLiteStorage(file, new SQLiteStorageOptions
        {
            InvisibilityTimeout = SqliteQueueRelease.Invisibility,
            QueuePollInterval = poll,
        });
    }

    /// <summary>Hangfire's default filters, with its retry rule replaced by ours (backoff from the options).</summary>
    private static JobFilterCollection Filters(JobOptions options)
    {
        var filters = new JobFilterCollection();
        foreach (var filter in GlobalJobFilters.Filters.Where(f => f.Instance is not AutomaticRetryAttribute))
        {
            filters.Add(filter.Instance, filter.Order);
        }
        var delays = options.RetryDelays();
        var retry = new AutomaticRetryAttribute { Attempts = delays.Length, OnAttemptsExceeded = AttemptsExceededAction.Fail, LogEvents = true };
        if (delays.Length > 0)
        {
            retry.DelaysInSeconds = delays;
        }
        filters.Add(retry);
        return filters;
    }
}
