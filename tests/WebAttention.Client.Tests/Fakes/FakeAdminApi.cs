using WebAttention.Client.Services.Api;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>An in-memory job table behind the admin API: filters by state, pages, and applies actions to rows.</summary>
internal sealed class FakeAdminApi : IAdminApi
{
    public List<JobRow> Jobs { get; } = [];
    public List<JobListQuery> Queries { get; } = [];
    public List<JobBulkRequest> Actions { get; } = [];
    public List<WorkerInfo> Workers { get; } = [];

    public static JobRow Row(JobState state, string kind = "analyse", string? error = null) => new(
        Guid.NewGuid(), kind, "gpu", state, Guid.NewGuid(), "clip.mp4", "maker@example.test", 1, 3, "analyse", 10, 100,
        "CPU", "vm:1", error, DateTime.UtcNow, null, null);

    public Task<JobPage> GetJobsAsync(JobListQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        var matching = Jobs.Where(j => query.State is null || j.State == query.State).ToList();
        return Task.FromResult(new JobPage(matching.Count, matching.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList()));
    }

    public Task<JobDetail> GetJobAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = Jobs.Single(j => j.Id == id);
        return Task.FromResult(new JobDetail(row, [new JobStageTiming("decode", 2, 50), new JobStageTiming("analyse", 4, 25)], 25,
            row.Error is null ? null : "System.IO.IOException: " + row.Error + "\n   at Somewhere()", ["attempt 1 started on vm:1"], "7", null, null));
    }

    public Task<JobBulkResult> ApplyAsync(JobBulkRequest request, CancellationToken cancellationToken)
    {
        Actions.Add(request);
        var state = request.Action switch { JobAction.Cancel => JobState.Cancelled, _ => JobState.Queued };
        for (var i = 0; i < Jobs.Count; i++)
        {
            if (request.Ids.Contains(Jobs[i].Id))
            {
                Jobs[i] = Jobs[i] with { State = state, Error = null };
            }
        }
        return Task.FromResult(new JobBulkResult(request.Ids.Count, []));
    }

    public Task<IReadOnlyList<JobStatsPoint>> GetStatsAsync(int hours, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobStatsPoint>>([new(DateTime.UtcNow.AddHours(-1), 3, 1, 0), new(DateTime.UtcNow, 2, 0, 1)]);

    public Task<IReadOnlyList<WorkerInfo>> GetWorkersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkerInfo>>([.. Workers]);

    public Task<StorageReport> GetStorageAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StorageReport([new("sources", 1000, 1)], [new("u1", "maker@example.test", 1, 1000)], 0, 0));

    public Task<OrphanCleanup> CleanOrphansAsync(CancellationToken cancellationToken) => Task.FromResult(new OrphanCleanup(0, 0));

    public Task<IReadOnlyList<AdminUser>> GetUsersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdminUser>>([new("u1", "maker@example.test", ["Creator"], false, 1)]);

    public Task SetRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken) => Task.CompletedTask;
}
