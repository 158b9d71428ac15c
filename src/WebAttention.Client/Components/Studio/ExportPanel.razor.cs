using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Core;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Components.Studio;

/// <summary>The Export button (opens <see cref="ExportDialog"/>), live render progress and the download links.</summary>
public sealed partial class ExportPanel : IDisposable
{
    private static readonly string[] Kinds = ["video", "json", "edl", "csv"];
    private readonly CancellationTokenSource lifetime = new();
    private readonly Dictionary<Guid, double> live = [];
    private IDisposable? subscription;
    private List<ExportSummary> exports = [];
    private bool starting;

    [Inject]
    private ICropPathsApi Api { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The clip to export.</summary>
    [Parameter, EditorRequired]
    public Guid ClipId { get; set; }

    /// <summary>Aspects that have a crop path.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Aspects { get; set; } = [];

    /// <summary>The clip's frame size in pixels (the default export size follows it).</summary>
    [Parameter]
    public FrameSize Source { get; set; }

    /// <summary>Download links of a finished export: the server's, or the standard routes when it lists none.</summary>
    public IEnumerable<KeyValuePair<string, string>> DownloadsOf(ExportSummary export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return export.Downloads.Count > 0
            ? export.Downloads
            : Kinds.Select(k => KeyValuePair.Create(k, ApiRoutes.ExportFile(ClipId, export.Aspect, k)));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        subscription?.Dispose();
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        subscription = Events.OnJobProgressed(OnJobProgressedAsync);
        await LoadAsync();
    }

    private static string Label(string kind) => kind switch
    {
        "video" => "MP4",
        "json" => "JSON",
        "edl" => "EDL",
        "csv" => "CSV",
        _ => kind.ToUpperInvariant(),
    };

    private double ProgressOf(ExportSummary export) =>
        Math.Clamp(live.TryGetValue(export.JobId, out var p) ? p : export.Progress, 0, 1);

    private async Task LoadAsync()
    {
        try
        {
            exports = [.. await Api.GetExportsAsync(ClipId, lifetime.Token)];
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not load the exports: {ex.Message}. Reload the page to try again.", Severity.Warning);
        }
    }

    /// <summary>Whether each aspect's latest revision (the one an export renders) was approved; empty when review is not available.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ApprovalsAsync()
    {
        if (Services.GetService<IReviewApi>() is not { } review)
        {
            return new Dictionary<string, string>();
        }
        try
        {
            var paths = await Api.GetPathsAsync(ClipId, lifetime.Token);
            var approvals = await review.GetApprovalsAsync(ClipId, lifetime.Token);
            return paths.ToDictionary(p => p.Aspect, p => Review.ApprovalStatus.Describe(approvals, p.Aspect, p.Revision));
        }
        catch (HttpRequestException)
        {
            return new Dictionary<string, string>();
        }
    }

    private async Task OpenAsync()
    {
        var parameters = new DialogParameters<ExportDialog> { { d => d.Aspects, Aspects }, { d => d.Source, Source }, { d => d.Approvals, await ApprovalsAsync() } };
        var dialog = await Dialogs.ShowAsync<ExportDialog>("Export", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: ExportRequest request })
        {
            await StartAsync(request);
        }
    }

    private async Task StartAsync(ExportRequest request)
    {
        starting = true;
        try
        {
            await Api.StartExportAsync(ClipId, request, lifetime.Token);
            Snackbar.Add($"Exporting {string.Join(", ", request.Aspects)}…", Severity.Info);
            await LoadAsync();
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not start the export: {ex.Message}. Reframe first if an aspect has no path, then try again.", Severity.Error);
        }
        finally
        {
            starting = false;
        }
    }

    private Task OnJobProgressedAsync(JobProgress update) => InvokeAsync(async () =>
    {
        if (update.ClipId != ClipId || !string.Equals(update.Kind ?? update.Stage, "export", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (update.FramesTotal > 0)
        {
            live[update.JobId] = (double)update.FramesDone / update.FramesTotal;
        }
        if (update.State is not (JobState.Queued or JobState.Running) || exports.TrueForAll(e => e.JobId != update.JobId))
        {
            live.Remove(update.JobId);
            await LoadAsync();
        }
        StateHasChanged();
    });
}
