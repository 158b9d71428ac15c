using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Options;

/// <summary>Where Hangfire keeps its queues.</summary>
public enum JobStorageKind
{
    /// <summary>A SQLite file in the data folder (embedded default, one machine).</summary>
    Sqlite,
    /// <summary>PostgreSQL at <c>ConnectionStrings:Jobs</c> (scale-out: web nodes and workers share it).</summary>
    PostgreSql,
}

/// <summary>The job engine, Hangfire (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Name of the connection string used when <see cref="Storage"/> is PostgreSql.</summary>
    public const string ConnectionStringName = "Jobs";

    /// <summary>Hangfire's storage.</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.Sqlite;

    /// <summary>Run a Hangfire server (worker) in this process (embedded mode). Scale-out web nodes turn it off.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Queues this process's worker takes jobs from, comma-separated (a GPU worker may take only "gpu").</summary>
    [Required]
    [RegularExpression("^[a-z0-9_-]+(,[a-z0-9_-]+)*$")]
    public string Queues { get; set; } = "gpu,cpu,export";

    /// <summary>
    /// Seconds a fetched job stays invisible to other workers without its worker's heartbeat; a job of a
    /// killed worker is fetched again after this (PostgreSQL). The SQLite queue has no heartbeat: there a fetched job
    /// stays invisible while its process lives, and the worker hands back what a killed process left when it starts.
    /// </summary>
    [Range(5, 3600)]
    public int InvisibilitySeconds { get; set; } = 30;

    /// <summary>Seconds between polls of the queues.</summary>
    [Range(0.05, 60)]
    public double PollSeconds { get; set; } = 1;

    /// <summary>Jobs run at once by this worker.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 1;

    /// <summary>Seconds before each automatic retry, comma-separated (backoff); their count is the number of retries.</summary>
    [RegularExpression("^$|^[0-9]+(,[0-9]+)*$")]
    public string? RetryDelaysSeconds { get; set; } = "10,60,300";

    /// <summary>The queues, parsed.</summary>
    public string[] QueueList() => Queues.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The retry delays, parsed (the validator has checked their form).</summary>
    public int[] RetryDelays() => string.IsNullOrWhiteSpace(RetryDelaysSeconds) ? [] : RetryDelaysSeconds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Seconds between a worker's checks whether its running jobs were cancelled.</summary>
    [Range(0.1, 60)]
    public double CancellationCheckSeconds { get; set; } = 2;

    /// <summary>
    /// Test-only hold: while this file exists, an analysis job waits after making the browser copy and before the maps
    /// (so an end-to-end test can watch the clip page mid-analysis for as long as it needs). Empty (the default): no hold.
    /// </summary>
    public string? AnalysisHoldFile { get; set; }
}
