using WebAttention.Data.Entities;

namespace WebAttention.Server.Jobs;

/// <summary>Called when a job has failed for good (e.g. to mark its clip failed with the reason).</summary>
public interface IJobFailureHook
{
    Task OnFailedAsync(Job job, string error, CancellationToken cancellationToken);
}
