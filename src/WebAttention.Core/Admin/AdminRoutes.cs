namespace WebAttention.Core.Admin;

/// <summary>The operations dashboard's REST endpoints (Admins only).</summary>
public static class AdminRoutes
{
    public const string Root = "/api/admin";
    /// <summary>GET with <see cref="JobListQuery"/> fields as query string → <see cref="JobPage"/>.</summary>
    public const string Jobs = Root + "/jobs";
    /// <summary>POST <see cref="JobBulkRequest"/> → <see cref="JobBulkResult"/>.</summary>
    public const string JobsBulk = Root + "/jobs/bulk";
    /// <summary>GET ?hours= → <see cref="JobStatsPoint"/>[] (per hour, finished jobs).</summary>
    public const string JobStats = Root + "/jobs/stats";
    /// <summary>GET → <see cref="WorkerInfo"/>[].</summary>
    public const string Workers = Root + "/workers";
    /// <summary>GET → <see cref="StorageReport"/>.</summary>
    public const string Storage = Root + "/storage";
    /// <summary>POST → <see cref="OrphanCleanup"/>: deletes clip folders without a clip row.</summary>
    public const string StorageOrphans = Root + "/storage/orphans";
    /// <summary>GET → <see cref="AdminUser"/>[].</summary>
    public const string Users = Root + "/users";

    /// <summary>GET → <see cref="JobDetail"/>.</summary>
    public static string Job(Guid id) => $"{Jobs}/{id}";

    /// <summary>PUT <see cref="UserRolesRequest"/>.</summary>
    public static string UserRoles(string id) => $"{Users}/{Uri.EscapeDataString(id)}/roles";

    /// <summary>PUT <see cref="UserLockRequest"/>.</summary>
    public static string UserLock(string id) => $"{Users}/{Uri.EscapeDataString(id)}/lock";
}
