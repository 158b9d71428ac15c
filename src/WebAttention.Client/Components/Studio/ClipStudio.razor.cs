using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Client.Components.Player;
using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Client.Studio;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Components.Studio;

/// <summary>
/// The clip page of a ready clip: one player (video, heatmap, face boxes, crop window) with one set of controls,
/// attention over time, and the reframing studio — reframe to several aspects, drag and resize the crop window,
/// edit keyframes on the timeline (undo/redo, co-editing through the hub), preview and export.
/// </summary>
public sealed partial class ClipStudio : IDisposable
{
    private readonly CancellationTokenSource lifetime = new();
    private readonly List<IDisposable> subscriptions = [];
    private readonly SortedDictionary<string, CropPathView> paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UndoStack<ManualKeyframes>> history = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim editGate = new(1, 1);
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

    [Inject]
    private ICropPathsApi Api { get; set; } = default!;

    [Inject]
    private IClipInsightsApi Insights { get; set; } = default!;

    [Inject]
    private IClipEvents Events { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The (ready) clip being edited.</summary>
    [Parameter, EditorRequired]
    public ClipSummary Clip { get; set; } = default!;

    private CropPathView? ActivePath => active is not null && paths.TryGetValue(active, out var p) ? p : null;

    private long FrameCount => Clip.FrameCount > 0 ? Clip.FrameCount : ActivePath?.Frames.Count ?? 0;

    private double FrameRate => ActivePath?.FrameRate ?? (Clip.FrameRate > 0 ? Clip.FrameRate : 30);

    private OverlayOptions Overlay => new(opacity, heatmap, faces);

    private IReadOnlyList<long> Cuts => ActivePath?.Shots.Select(s => s.FirstFrame).Where(f => f > 0).ToList() ?? [];

    private bool CanUndo => active is not null && history.TryGetValue(active, out var h) && h.CanUndo;

    private bool CanRedo => active is not null && history.TryGetValue(active, out var h) && h.CanRedo;

    /// <inheritdoc />
    public void Dispose()
    {
        subscriptions.ForEach(s => s.Dispose());
        lifetime.Cancel();
        lifetime.Dispose();
        editGate.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        subscriptions.Add(Events.OnCropPathChanged(OnPathChangedAsync));
        subscriptions.Add(Events.OnJobProgressed(OnJobProgressedAsync));
        await WatchAsync();
        await Task.WhenAll(LoadPathsAsync(), LoadInsightsAsync());
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

    private async Task LoadPathsAsync()
    {
        try
        {
            foreach (var summary in await Api.GetPathsAsync(Clip.Id, lifetime.Token))
            {
                await ReloadAsync(summary.Aspect);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not load the crop paths: {ex.Message}. Reload the page to try again.", Severity.Error);
        }
    }

    private async Task ReloadAsync(string aspect)
    {
        if (await Api.GetPathAsync(Clip.Id, aspect, lifetime.Token) is { } path)
        {
            paths[path.Aspect] = path;
            active ??= path.Aspect;
        }
    }

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
        if (ActivePath is not { } path || path.Frames.Count == 0)
        {
            return;
        }
        var f = path.Frames[(int)Math.Clamp(drag.Frame, 0, path.Frames.Count - 1)];
        var map = ViewportMapping.Contain(drag.ElementWidth, drag.ElementHeight, path.SourceWidth, path.SourceHeight);
        var moved = CropGeometry.Drag(
            new Rect(f.X, f.Y, f.W, f.H), map.ToSourceLength(drag.Dx), map.ToSourceLength(drag.Dy), path.SourceWidth, path.SourceHeight);
        var zoom = AspectRatio.TryParse(path.Aspect) is { } aspect ? CropResizeGeometry.ZoomOf(f.W, aspect, path.SourceWidth, path.SourceHeight) : 1;
        await PinAsync(path, drag.Frame, moved, zoom);
    }

    private async Task OnCropResizedAsync(CropResize resize)
    {
        if (ActivePath is not { } path || path.Frames.Count == 0 || AspectRatio.TryParse(path.Aspect) is not { } aspect)
        {
            return;
        }
        var f = path.Frames[(int)Math.Clamp(resize.Frame, 0, path.Frames.Count - 1)];
        var map = ViewportMapping.Contain(resize.ElementWidth, resize.ElementHeight, path.SourceWidth, path.SourceHeight);
        var resized = CropResizeGeometry.Resize(
            new Rect(f.X, f.Y, f.W, f.H), resize.Corner, map.ToSourceLength(resize.Dx), map.ToSourceLength(resize.Dy),
            aspect, path.SourceWidth, path.SourceHeight);
        await PinAsync(path, resize.Frame, resized, CropResizeGeometry.ZoomOf(resized.W, aspect, path.SourceWidth, path.SourceHeight));
    }

    // A manual keyframe with this window's centre and size; a failed save puts the box back.
    private async Task PinAsync(CropPathView path, long keyFrame, Rect window, double zoom)
    {
        var saved = await EditAsync(path.Aspect, set => set.Set(keyFrame, Math.Round(window.CenterX, 2), Math.Round(window.CenterY, 2), Math.Round(zoom, 3)));
        selectedKey = saved ? (path.Aspect, keyFrame) : selectedKey;
        if (!saved && stage is not null)
        {
            await stage.ResetPathAsync(lifetime.Token);
        }
    }

    private async Task MoveKeyframeAsync(KeyframeMove move)
    {
        if (await EditAsync(move.Aspect, set => set.Move(move.From, move.To)))
        {
            selectedKey = (move.Aspect, move.To);
        }
    }

    private async Task DeleteKeyframeAsync(string aspect, long keyFrame)
    {
        if (await EditAsync(aspect, set => set.Remove(keyFrame)))
        {
            selectedKey = null;
        }
    }

    private async Task UndoRedoAsync(bool undo)
    {
        if (ActivePath is not { } path || !history.TryGetValue(path.Aspect, out var stack))
        {
            return;
        }
        var current = ManualKeyframes.From(path);
        if (undo ? stack.TryUndo(current, out var target) : stack.TryRedo(current, out target))
        {
            await SaveAsync(path.Aspect, target, record: false);
        }
    }

    private Task<bool> EditAsync(string aspect, Func<ManualKeyframes, ManualKeyframes> change) =>
        paths.TryGetValue(aspect, out var path)
            ? SaveAsync(aspect, change(ManualKeyframes.From(path)), record: true)
            : Task.FromResult(false);

    // Sends the complete new manual set against the revision on screen; a stale base is reloaded, never overwritten.
    private async Task<bool> SaveAsync(string aspect, ManualKeyframes next, bool record)
    {
        await editGate.WaitAsync(lifetime.Token);
        try
        {
            var path = paths[aspect];
            var before = ManualKeyframes.From(path);
            if (next.Equals(before))
            {
                return false;
            }
            var result = await Api.PutKeyframesAsync(Clip.Id, aspect, next.ToEdit(path.Revision), lifetime.Token);
            if (result.Path is null)
            {
                HistoryOf(aspect).Clear();
                await ReloadAsync(aspect);
                Snackbar.Add($"Someone else changed the {aspect} path meanwhile; it was reloaded. Make your edit again.", Severity.Warning);
                return false;
            }
            if (record)
            {
                HistoryOf(aspect).Record(before);
            }
            paths[aspect] = result.Path;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not save the {aspect} keyframes: {ex.Message}. Try the edit again.", Severity.Error);
            return false;
        }
        finally
        {
            editGate.Release();
        }
    }

    private UndoStack<ManualKeyframes> HistoryOf(string aspect)
    {
        if (!history.TryGetValue(aspect, out var stack))
        {
            history[aspect] = stack = new UndoStack<ManualKeyframes>();
        }
        return stack;
    }

    private Task OnPathChangedAsync(CropPathChange change) => InvokeAsync(async () =>
    {
        if (change.ClipId != Clip.Id || (paths.TryGetValue(change.Aspect, out var known) && known.Revision >= change.Revision))
        {
            return;
        }
        try
        {
            await ReloadAsync(change.Aspect);
        }
        catch (HttpRequestException ex)
        {
            Snackbar.Add($"Could not load the new {change.Aspect} path: {ex.Message}. Reload the page.", Severity.Warning);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        StateHasChanged();
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
