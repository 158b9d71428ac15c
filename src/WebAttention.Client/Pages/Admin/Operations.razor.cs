using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using WebAttention.Client.Components.Admin;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Core;
using WebAttention.Core.Admin;

namespace WebAttention.Client.Pages.Admin;

/// <summary>The operations dashboard: jobs (live over the hub), workers, storage and users.</summary>
public sealed partial class Operations : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private JobsPanel? jobs;
    private IReadOnlyList<JobStatsPoint>? stats;
    private IReadOnlyList<WorkerInfo> workers = [];
    private StorageReport? storage;
    private IReadOnlyList<AdminUser> users = [];
    private IDisposable? progressSubscription;
    private DateTime lastRefresh = DateTime.MinValue;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IAdminApi Api { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    public void Dispose()
    {
        progressSubscription?.Dispose();
        lifetime.Cancel();
        lifetime.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is null || !(await AuthenticationState).User.IsInRole(Roles.Admin))
        {
            return;
        }
        // Admins' hub connections are in the admins group: every job's progress arrives here.
        progressSubscription = Events.OnJobProgressed(async _ =>
        {
            if (DateTime.UtcNow - lastRefresh < TimeSpan.FromSeconds(1) || jobs is null)
            {
                return;
            }
            lastRefresh = DateTime.UtcNow;
            await InvokeAsync(async () =>
            {
                await jobs.RefreshAsync();
                StateHasChanged();
            });
        });
        await Task.WhenAll(LoadStatsAsync(), LoadWorkersAsync());
    }

    private Task LoadStatsAsync() => Try(async t => stats = await Api.GetStatsAsync(24, t), "job statistics");

    private Task LoadWorkersAsync() => Try(async t => workers = await Api.GetWorkersAsync(t), "workers");

    private Task LoadStorageAsync() => Try(async t => storage = await Api.GetStorageAsync(t), "storage use");

    private Task LoadUsersAsync() => Try(async t => users = await Api.GetUsersAsync(t), "users");

    private Task CleanOrphansAsync() => Try(async t =>
    {
        var removed = await Api.CleanOrphansAsync(t);
        Snackbar.Add($"Deleted {removed.Folders} orphaned folder(s).", Severity.Success);
        storage = await Api.GetStorageAsync(t);
    }, "orphan cleanup");

    private Task SetRolesAsync((AdminUser User, IReadOnlyList<string> Roles) change) => Try(async t =>
    {
        await Api.SetRolesAsync(change.User.Id, change.Roles, t);
        users = await Api.GetUsersAsync(t);
    }, $"roles of {change.User.Email}");

    private Task SetLockAsync((AdminUser User, bool Locked) change) => Try(async t =>
    {
        await Api.SetLockedAsync(change.User.Id, change.Locked, t);
        users = await Api.GetUsersAsync(t);
    }, $"lock of {change.User.Email}");

    private async Task Try(Func<CancellationToken, Task> work, string what)
    {
        try
        {
            await work(lifetime.Token);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not load or change {what}: {ex.Message}", Severity.Error);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }
}
