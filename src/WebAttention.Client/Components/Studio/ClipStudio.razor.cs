using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Components.Player;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Studio;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Components.Studio;

/// <summary>
/// The clip page of a ready clip: one player (video, heatmap, face boxes, crop window) with one set of controls,
/// attention over time, and the reframing studio — reframe to several aspects, drag and resize the crop window,
/// edit keyframes on the timeline (undo/redo, co-editing through the hub; the editing itself is <see cref="CropPathEditor"/>),
/// preview and export.
/// </summary>
public sealed partial class ClipStudio : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private readonly List<IDisposable> subscriptions = [];
    private CropPathEditor editor = null!;
    private StudioStage? stage;
    private IReadOnlySet<string> selected = new HashSet<string>(StringComparer.Ordinal) { "9:16" };
    private string preset = "default";
    private string? active;
    private (string Aspect, long Frame)? selectedKey;
    private long frame;
    private bool playing;
    private bool reframing;
    private bool previewEnabled = true;
    private double opacity = 0.6;
    private bool heatmap = true;
    private bool faces = true;
    private FaceTrack faceTrack = FaceTrack.Empty;
    private PackedFaces? packedFaces;
    private AttentionTimelineView? timeline;
    private bool timelineLoading = true;
    private IReadOnlyList<long> commentMarkers = [];

    [Inject]
    private ICropPathsApi Api { get; set; } = default!;

    [Inject]
    private IClipInsightsApi Insights { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    /// <summary>The (ready) clip being edited.</summary>
    [Parameter, EditorRequired]
    public ClipSummary Clip { get; set; } = default!;

    private IReadOnlyDictionary<string, CropPathView> Paths => editor.Paths;

    private CropPathView? ActivePath => active is not null && Paths.TryGetValue(active, out var p) ? p : null;

    private long FrameCount => Clip.FrameCount > 0 ? Clip.FrameCount : ActivePath?.Frames.Count ?? 0;

    // The clip's own rate from its probe, known before any crop path exists (a path carries the same rate).
    private FrameClock Clock => new(Clip.FrameRate > 0 ? Clip.FrameRate : ActivePath?.FrameRate ?? 0, FrameCount);

    private OverlayOptions Overlay => new(opacity, heatmap, faces);

    // The cuts the analysis found (its shots.json, with the timeline); a clip analysed before they were stored has them in its paths.
    private IReadOnlyList<long> Cuts => timeline is { Cuts.Count: > 0 } t ? t.Cuts : ActivePath?.Shots.Select(s => s.FirstFrame).Where(f => f > 0).ToList() ?? [];

    private bool CanUndo => active is not null && editor.CanUndo(active);

    private bool CanRedo => active is not null && editor.CanRedo(active);

    /// <inheritdoc />
    public void Dispose()
    {
        subscriptions.ForEach(s => s.Dispose());
        lifetime.Cancel();
        lifetime.Dispose();
        editor?.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        editor = new CropPathEditor(Clip.Id, Api, path => active ??= path.Aspect, Show);
        subscriptions.Add(Events.OnCropPathChanged(OnPathChangedAsync));
        subscriptions.Add(Events.OnJobProgressed(OnJobProgressedAsync));
        await WatchAsync();
        await Task.WhenAll(LoadPathsAsync(), LoadInsightsAsync(), LoadCommentMarkersAsync());
    }

    // Review comments as markers on the attention chart; a host without review (or a failed read) shows none.
    private async Task LoadCommentMarkersAsync()
    {
        if (Services.GetService(typeof(IReviewApi)) is not IReviewApi review)
        {
            return;
        }
        try
        {
            commentMarkers = Review.CommentFilter.Markers(await review.GetCommentsAsync(Clip.Id, lifetime.Token));
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException)
        {
            // Markers are an extra: the chart works without them.
        }
    }

    // Both are optional extras: a clip without them still plays and reframes.
    private async Task LoadInsightsAsync()
    {
        try
        {
            var facesTask = Insights.GetFacesAsync(Clip.Id, lifetime.Token);
            var timelineTask = Insights.GetAttentionTimelineAsync(Clip.Id, lifetime.Token);
            faceTrack = FaceTrack.From(await facesTask);
            packedFaces = faceTrack.IsEmpty ? null : faceTrack.Packed();
            timeline = await timelineTask;
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Attention over time or faces are unavailable ({ex.Message}); the player still works.", Severity.Warning);
        }
        finally
        {
            timelineLoading = false;
        }
    }

    private async Task WatchAsync()
    {
        try
        {
            await Events.WatchClipAsync(Clip.Id, lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
        {
            Snackbar.Add($"Live updates are unavailable ({ex.Message}); reload the page to see others' edits.", Severity.Warning);
        }
    }

    private Task LoadPathsAsync() => editor.LoadAllAsync(lifetime.Token);

    private void Show(CropPathNotice notice) =>
        Snackbar.Add(notice.Message, notice.Level == CropPathNoticeLevel.Warning ? Severity.Warning : Severity.Error);

    private async Task ReframeAsync()
    {
        reframing = true;
        try
        {
            var aspects = selected.OrderBy(a => a, StringComparer.Ordinal).ToList();
            await Api.ReframeAsync(Clip.Id, new ReframeRequestDto(aspects, preset), lifetime.Token);
            active ??= aspects[0];
            Snackbar.Add($"Reframing {string.Join(", ", aspects)}… your manual keyframes are kept.", Severity.Info);
        }
        catch (OperationCanceledException)
        {
            reframing = false;
        }
        catch (HttpRequestException ex)
        {
            reframing = false;
            Snackbar.Add($"Could not start reframing: {ex.Message}. Check the aspects and try again.", Severity.Error);
        }
    }

    private void OnFrameChanged((long Frame, bool Playing) update) => (frame, playing) = update;

    private Task SeekAsync(long target)
    {
        frame = target;
        return stage?.SeekAsync(target, lifetime.Token) ?? Task.CompletedTask;
    }

    private Task StepAsync(int frames) =>
        RunAsync(frames < 0 ? StudioCommand.StepBack : StudioCommand.StepForward);

    private void Select(string aspect, CropKeyframeView key)
    {
        active = aspect;
        selectedKey = key.Manual ? (aspect, key.Frame) : null;
    }

    private async Task RunAsync(StudioCommand command)
    {
        switch (command)
        {
            case StudioCommand.Undo or StudioCommand.Redo:
                await UndoRedoAsync(command == StudioCommand.Undo);
                break;
            case StudioCommand.DeleteKeyframe when selectedKey is { } key:
                await DeleteKeyframeAsync(key.Aspect, key.Frame);
                break;
            default:
                if (stage is not null)
                {
                    await stage.RunAsync(command, lifetime.Token);
                }
                break;
        }
    }

    private async Task OnCropDraggedAsync(CropDrag drag)
    {
        if (active is { } aspect)
        {
            await ShowPinAsync(aspect, drag.Frame, await editor.PinDragAsync(aspect, drag, lifetime.Token));
        }
    }

    private async Task OnCropResizedAsync(CropResize resize)
    {
        if (active is { } aspect)
        {
            await ShowPinAsync(aspect, resize.Frame, await editor.PinResizeAsync(aspect, resize, lifetime.Token));
        }
    }

    // A pinned keyframe becomes the selection; a failed save puts the box back.
    private async Task ShowPinAsync(string aspect, long keyFrame, PinOutcome outcome)
    {
        if (outcome == PinOutcome.Saved)
        {
            selectedKey = (aspect, keyFrame);
        }
        else if (outcome == PinOutcome.NotSaved && stage is not null)
        {
            await stage.ResetPathAsync(lifetime.Token);
        }
    }

    private async Task MoveKeyframeAsync(KeyframeMove move)
    {
        if (await editor.MoveAsync(move.Aspect, move.From, move.To, lifetime.Token))
        {
            selectedKey = (move.Aspect, move.To);
        }
    }

    private async Task DeleteKeyframeAsync(string aspect, long keyFrame)
    {
        if (await editor.DeleteAsync(aspect, keyFrame, lifetime.Token))
        {
            selectedKey = null;
        }
    }

    private async Task UndoRedoAsync(bool undo)
    {
        if (active is { } aspect)
        {
            await (undo ? editor.UndoAsync(aspect, lifetime.Token) : editor.RedoAsync(aspect, lifetime.Token));
        }
    }

    private Task OnPathChangedAsync(CropPathChange change) => InvokeAsync(async () =>
    {
        if (await editor.ApplyChangeAsync(change, lifetime.Token))
        {
            StateHasChanged();
        }
    });

    private Task OnJobProgressedAsync(JobProgress update) => InvokeAsync(async () =>
    {
        if (update.ClipId != Clip.Id || !string.Equals(update.Kind ?? update.Stage, "reframe", StringComparison.OrdinalIgnoreCase)
            || update.State is JobState.Queued or JobState.Running)
        {
            return;
        }
        reframing = false;
        if (update.State == JobState.Failed)
        {
            Snackbar.Add($"Reframing failed: {update.Error ?? "no reason given"}. Try another preset or aspect.", Severity.Error);
        }
        else if (update.State == JobState.Succeeded)
        {
            await LoadPathsAsync();
        }
        StateHasChanged();
    });
}
