using System.Globalization;
using System.Net.Http.Json;
using WebAttention.Core.Admin;

namespace WebAttention.Client.Services.Api;

/// <summary>HTTP implementation of <see cref="IAdminApi"/>.</summary>
public sealed class AdminApi(HttpClient http) : IAdminApi
{
    public Task<JobPage> GetJobsAsync(JobListQuery query, CancellationToken cancellationToken) =>
        GetAsync<JobPage>(AdminRoutes.Jobs + QueryString(query), cancellationToken);

    public Task<JobDetail> GetJobAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<JobDetail>(AdminRoutes.Job(id), cancellationToken);

    public async Task<JobBulkResult> ApplyAsync(JobBulkRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(AdminRoutes.JobsBulk, request, ApiJson.Options, cancellationToken);
        return await ReadAsync<JobBulkResult>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<JobStatsPoint>> GetStatsAsync(int hours, CancellationToken cancellationToken) =>
        await GetAsync<JobStatsPoint[]>($"{AdminRoutes.JobStats}?hours={hours}", cancellationToken);

    public async Task<IReadOnlyList<WorkerInfo>> GetWorkersAsync(CancellationToken cancellationToken) =>
        await GetAsync<WorkerInfo[]>(AdminRoutes.Workers, cancellationToken);

    public Task<StorageReport> GetStorageAsync(CancellationToken cancellationToken) =>
        GetAsync<StorageReport>(AdminRoutes.Storage, cancellationToken);

    public async Task<OrphanCleanup> CleanOrphansAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(AdminRoutes.StorageOrphans, null, cancellationToken);
        return await ReadAsync<OrphanCleanup>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<AdminUser>> GetUsersAsync(CancellationToken cancellationToken) =>
        await GetAsync<AdminUser[]>(AdminRoutes.Users, cancellationToken);

    public async Task SetRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(AdminRoutes.UserRoles(userId), new UserRolesRequest(roles), ApiJson.Options, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(AdminRoutes.UserLock(userId), new UserLockRequest(locked), ApiJson.Options, cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    /// <summary>The query string of <paramref name="query"/>'s set fields. Pure.</summary>
    public static string QueryString(JobListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("kind", query.Kind);
        Add("state", query.State?.ToString());
        Add("owner", query.Owner);
        Add("clipId", query.ClipId?.ToString());
        Add("from", query.From?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", query.To?.ToString("O", CultureInfo.InvariantCulture));
        Add("search", query.Search);
        Add("page", query.Page.ToString(CultureInfo.InvariantCulture));
        Add("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join('&', parts);
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(await ApiError.ReadMessageAsync(response, cancellationToken), null, response.StatusCode);
        }
    }
}
