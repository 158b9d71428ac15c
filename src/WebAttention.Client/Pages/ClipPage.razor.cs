using Microsoft.AspNetCore.Components;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Pages;

/// <summary>One clip: its player with heatmap when ready, live progress while analysing, the error when failed.</summary>
public sealed partial class ClipPage : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private readonly List<IDisposable> subscriptions = [];
    private ClipSummary? clip;
    private JobProgress? progress;
    private bool notFound;
    private string? loadError;

    [Inject]
    private IClipsApi ClipsApi { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    /// <summary>Id of the clip from the address.</summary>
    [Parameter]
    public Guid ClipId { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        subscriptions.ForEach(s => s.Dispose());
        lifetime.Cancel();
        lifetime.Dispose();
    }

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        subscriptions.Add(Events.OnJobProgressed(OnJobProgressedAsync));
        subscriptions.Add(Events.OnClipChanged(OnClipChangedAsync));
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (clip?.Id == ClipId)
        {
            return;
        }
        clip = null;
        progress = null;
        notFound = false;
        loadError = null;
        try
        {
            clip = await ClipsApi.GetClipAsync(ClipId, lifetime.Token);
            notFound = clip is null;
            if (clip is { Status: ClipStatus.Queued or ClipStatus.Analysing })
            {
                await Events.WatchClipAsync(clip.Id, lifetime.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            loadError = $"Could not load the clip: {ex.Message}";
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
        {
            // The clip loaded; only live progress is missing.
            loadError = clip is null ? $"Could not load the clip: {ex.Message}" : null;
        }
    }

    private Task OnJobProgressedAsync(JobProgress update) => InvokeAsync(() =>
    {
        if (update.ClipId != ClipId)
        {
            return;
        }
        progress = update;
        if (clip is { Status: ClipStatus.Queued } && update.State == JobState.Running)
        {
            clip = clip with { Status = ClipStatus.Analysing };
        }
        StateHasChanged();
    });

    private Task OnClipChangedAsync(ClipSummary changed) => InvokeAsync(() =>
    {
        if (changed.Id != ClipId)
        {
            return;
        }
        clip = changed;
        StateHasChanged();
    });
}
