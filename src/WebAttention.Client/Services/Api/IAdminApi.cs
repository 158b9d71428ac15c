using WebAttention.Core.Admin;

namespace WebAttention.Client.Services.Api;

/// <summary>The operations dashboard's calls (Admins only; others get 403).</summary>
public interface IAdminApi
{
    Task<JobPage> GetJobsAsync(JobListQuery query, CancellationToken cancellationToken);
    Task<JobDetail> GetJobAsync(Guid id, CancellationToken cancellationToken);
    Task<JobBulkResult> ApplyAsync(JobBulkRequest request, CancellationToken cancellationToken);
    Task<IReadOnlyList<JobStatsPoint>> GetStatsAsync(int hours, CancellationToken cancellationToken);
    Task<IReadOnlyList<WorkerInfo>> GetWorkersAsync(CancellationToken cancellationToken);
    Task<StorageReport> GetStorageAsync(CancellationToken cancellationToken);
    Task<OrphanCleanup> CleanOrphansAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<AdminUser>> GetUsersAsync(CancellationToken cancellationToken);
    Task SetRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken);
    Task SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken);
}
