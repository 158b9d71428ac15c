using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Components.Upload;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Uploads;
using WebAttention.Client.Studio;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Pages;

/// <summary>The library: upload, interrupted uploads to resume or discard, and the user's clips with live analysis progress.</summary>
public sealed partial class Library : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private readonly Dictionary<Guid, JobProgress> progress = [];
    private readonly List<IDisposable> subscriptions = [];
    private List<ClipSummary>? clips;
    private string? loadError;
    private string? search;
    private ClipSort sort = ClipSort.Newest;
    private IReadOnlyList<UploadSummary> interrupted = [];
    private ClipUpload? upload;
    private bool resuming;
    private bool uploading;

    [Inject]
    private IClipsApi ClipsApi { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    [Inject]
    private IUploadService Uploads { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose()
    {
        subscriptions.ForEach(s => s.Dispose());
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        subscriptions.Add(Events.OnJobProgressed(OnJobProgressedAsync));
        subscriptions.Add(Events.OnClipChanged(OnClipChangedAsync));
        await Task.WhenAll(LoadAsync(), LoadInterruptedAsync());
    }

    private async Task LoadInterruptedAsync()
    {
        try
        {
            interrupted = await Uploads.ListInterruptedAsync(lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
        {
            Snackbar.Add($"Could not list interrupted uploads: {ex.Message}", Severity.Warning);
        }
    }

    // The file's element (in the interrupted list) stays rendered until the resume ends; then the list is refreshed.
    private async Task ResumeAsync(InterruptedResume request)
    {
        if (upload is null || resuming)
        {
            return;
        }
        resuming = true;
        try
        {
            await upload.ResumeAsync(request.File, request.Upload);
        }
        finally
        {
            resuming = false;
        }
        await LoadInterruptedAsync();
    }

    private async Task UploadRunningChangedAsync(bool running)
    {
        uploading = running;
        if (!running && !resuming)
        {
            await LoadInterruptedAsync();
        }
    }

    // A cancelled resume is discarded by the upload component; the list may have been reloaded just before.
    private void ForgetInterrupted(Guid uploadId) => interrupted = [.. interrupted.Where(u => u.UploadId != uploadId)];

    private async Task DiscardAsync(UploadSummary interruptedUpload)
    {
        try
        {
            await Uploads.DiscardAsync(interruptedUpload.UploadId, lifetime.Token);
            interrupted = [.. interrupted.Where(u => u.UploadId != interruptedUpload.UploadId)];
            Snackbar.Add($"Discarded the interrupted upload of “{interruptedUpload.FileName}”.", Severity.Info);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
        {
            Snackbar.Add($"Could not discard “{interruptedUpload.FileName}”: {ex.Message}", Severity.Error);
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            clips = [.. (await ClipsApi.GetClipsAsync(lifetime.Token)).OrderByDescending(c => c.CreatedAt)];
            loadError = null;
        }
        catch (HttpRequestException ex)
        {
            clips ??= [];
            loadError = $"Could not load your clips: {ex.Message}";
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await WatchUnfinishedAsync(clips);
    }

    private async Task WatchUnfinishedAsync(IEnumerable<ClipSummary> toWatch)
    {
        try
        {
            // A snapshot: the list is replaced by reloads while this loop awaits.
            foreach (var clip in toWatch.Where(c => c.Status is ClipStatus.Queued or ClipStatus.Analysing).ToArray())
            {
                await Events.WatchClipAsync(clip.Id, lifetime.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
        {
            Snackbar.Add($"Live progress is unavailable: {ex.Message}", Severity.Warning);
        }
    }

    // The new clip arrives queued; reloading lists it and watches its job.
    private Task UploadedAsync(Guid clipId) => LoadAsync();

    private async Task DeleteAsync(ClipSummary clip)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete clip", $"Delete “{clip.Title}” with its heatmaps, crop paths and exports? This cannot be undone.",
            yesText: "Delete", cancelText: "Keep");
        if (confirmed != true)
        {
            return;
        }
        try
        {
            await ClipsApi.DeleteClipAsync(clip.Id, lifetime.Token);
            clips?.RemoveAll(c => c.Id == clip.Id);
            progress.Remove(clip.Id);
            Snackbar.Add($"Deleted “{clip.Title}”.", Severity.Info);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not delete “{clip.Title}”: {ex.Message}", Severity.Error);
        }
    }

    private Task OnJobProgressedAsync(JobProgress update) => InvokeAsync(() =>
    {
        progress[update.ClipId] = update;
        if (clips?.FindIndex(c => c.Id == update.ClipId) is >= 0 and var i
            && update.State == JobState.Running && clips[i].Status == ClipStatus.Queued)
        {
            clips[i] = clips[i] with { Status = ClipStatus.Analysing };
        }
        StateHasChanged();
    });

    private Task OnClipChangedAsync(ClipSummary clip) => InvokeAsync(() =>
    {
        if (clips is null)
        {
            return;
        }
        var i = clips.FindIndex(c => c.Id == clip.Id);
        if (i >= 0)
        {
            clips[i] = clip;
        }
        else
        {
            clips.Insert(0, clip);
        }
        if (clip.Status is ClipStatus.Ready or ClipStatus.Failed)
        {
            progress.Remove(clip.Id);
        }
        StateHasChanged();
    });
}
