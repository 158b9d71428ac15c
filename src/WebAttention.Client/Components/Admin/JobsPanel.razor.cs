using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Core.Admin;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Components.Admin;

/// <summary>The dashboard's job list: filters turn into <see cref="JobListQuery"/>, pages come from the server.</summary>
public sealed partial class JobsPanel : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private MudTable<JobRow>? table;
    private HashSet<JobRow> selected = [];
    private JobDetail? detail;
    private JobState? state;
    private string? kind;
    private string? owner;
    private string? clip;
    private string? search;
    private DateTime? from;
    private DateTime? to;
    private int total;
    private bool busy;
    private bool polling;

    [Inject]
    private IAdminApi Api { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Called after an action changed jobs (the page refreshes its chart).</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <summary>Reloads the current page and the open job (live updates call this).</summary>
    public async Task RefreshAsync()
    {
        if (table is not null)
        {
            await table.ReloadServerData();
        }
        if (detail is not null)
        {
            await OpenAsync(detail.Job.Id);
        }
    }

    private async Task<TableData<JobRow>> LoadAsync(TableState tableState, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
        try
        {
            var page = await Api.GetJobsAsync(Query(tableState.Page, tableState.PageSize), both.Token);
            total = page.Total;
            return new TableData<JobRow> { Items = page.Rows, TotalItems = page.Total };
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not load jobs: {ex.Message}", Severity.Error);
            return new TableData<JobRow> { Items = [], TotalItems = 0 };
        }
    }

    private JobListQuery Query(int page, int pageSize) => new()
    {
        State = state,
        Kind = kind,
        Owner = owner,
        ClipId = Guid.TryParse(clip, out var id) ? id : null,
        Search = search,
        From = from?.ToUniversalTime(),
        To = to?.AddDays(1).ToUniversalTime(),
        Page = page,
        PageSize = pageSize,
    };

    private Task ReloadAsync() => table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task StateChangedAsync(JobState? value)
    {
        state = value;
        await ReloadAsync();
    }

    private async Task KindChangedAsync(string? value)
    {
        kind = value;
        await ReloadAsync();
    }

    private async Task FromChangedAsync(DateTime? value)
    {
        from = value;
        await ReloadAsync();
    }

    private async Task ToChangedAsync(DateTime? value)
    {
        to = value;
        await ReloadAsync();
    }

    private Task OpenAsync(TableRowClickEventArgs<JobRow> click) => click.Item is { } row ? OpenAsync(row.Id) : Task.CompletedTask;

    private async Task OpenAsync(Guid id)
    {
        try
        {
            detail = await Api.GetJobAsync(id, lifetime.Token);
            if (detail.Job.State is JobState.Queued or JobState.Running && !polling)
            {
                _ = PollAsync();
            }
        }
        catch (HttpRequestException ex)
        {
            detail = null;
            Snackbar.Add($"Could not open the job: {ex.Message}", Severity.Warning);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    /// <summary>
    /// Follows the open job while it is queued or running (every 2 s), besides the hub's live updates, so the
    /// detail reaches its end state even when no progress message arrives (e.g. a job that fails at once).
    /// </summary>
    private async Task PollAsync()
    {
        polling = true;
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
            while (detail?.Job.State is JobState.Queued or JobState.Running && await timer.WaitForNextTickAsync(lifetime.Token))
            {
                if (detail is { } open)
                {
                    detail = await Api.GetJobAsync(open.Job.Id, lifetime.Token);
                    if (table is not null)
                    {
                        await table.ReloadServerData();
                    }
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException)
        {
            // The next open or live update tries again.
        }
        finally
        {
            polling = false;
        }
    }

    private Task ActOnDetailAsync(JobAction action) => detail is null ? Task.CompletedTask : ApplyAsync(action, [detail.Job.Id]);

    private Task BulkAsync(JobAction action) => ApplyAsync(action, selected.Select(r => r.Id).ToList());

    private async Task ApplyAsync(JobAction action, IReadOnlyList<Guid> ids)
    {
        busy = true;
        try
        {
            var result = await Api.ApplyAsync(new JobBulkRequest(action, ids), lifetime.Token);
            Snackbar.Add($"{action}: {result.Applied} job(s)" + (result.Skipped.Count > 0 ? $", {result.Skipped.Count} skipped ({result.Skipped[0]})" : ""),
                result.Skipped.Count > 0 ? Severity.Warning : Severity.Success);
            selected = [];
            if (action == JobAction.Delete && detail is not null && ids.Contains(detail.Job.Id))
            {
                detail = null;
            }
            await RefreshAsync();
            await Changed.InvokeAsync();
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"{action} failed: {ex.Message}", Severity.Error);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            busy = false;
        }
    }
}
