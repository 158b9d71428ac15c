namespace WebAttention.Server.Jobs;

/// <summary>Runs one kind of job. Handlers must be idempotent: a job may run again after a crash.</summary>
public interface IJobHandler
{
    /// <summary>The job kind this handler runs.</summary>
    string Kind { get; }

    /// <summary>Does the work; throws to fail the attempt.</summary>
    Task RunAsync(JobContext context, CancellationToken cancellationToken);
}
