using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>
/// The crop paths of one open clip and their editing: one path per aspect, an undo history per aspect, and
/// saving of manual keyframe sets one at a time against the revision on screen (a stale base is reloaded,
/// never overwritten). Paths pushed by the server replace older local ones. No rendering: the page is told
/// through the two callbacks and reads <see cref="Paths"/>.
/// </summary>
public sealed class CropPathEditor : IDisposable
{
    private readonly Guid clipId;
    private readonly ICropPathsApi api;
    private readonly Action<CropPathView> pathChanged;
    private readonly Action<CropPathNotice> notify;
    private readonly SortedDictionary<string, CropPathView> paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UndoStack<ManualKeyframes>> history = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim editGate = new(1, 1);

    /// <summary>An editor for the paths of clip <paramref name="clipId"/>.</summary>
    /// <param name="clipId">The clip.</param>
    /// <param name="api">The crop path endpoints.</param>
    /// <param name="pathChanged">Called with a path whenever the local copy of it was loaded or saved.</param>
    /// <param name="notify">Called with what the user should be told (failures, conflicts).</param>
    public CropPathEditor(Guid clipId, ICropPathsApi api, Action<CropPathView> pathChanged, Action<CropPathNotice> notify)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(pathChanged);
        ArgumentNullException.ThrowIfNull(notify);
        (this.clipId, this.api, this.pathChanged, this.notify) = (clipId, api, pathChanged, notify);
    }

    /// <summary>The latest known path of each aspect, ordered by aspect.</summary>
    public IReadOnlyDictionary<string, CropPathView> Paths => paths;

    /// <summary>Whether <paramref name="aspect"/> has an edit to undo.</summary>
    public bool CanUndo(string aspect) => history.TryGetValue(aspect, out var h) && h.CanUndo;

    /// <summary>Whether <paramref name="aspect"/> has an undone edit to redo.</summary>
    public bool CanRedo(string aspect) => history.TryGetValue(aspect, out var h) && h.CanRedo;

    /// <inheritdoc />
    public void Dispose() => editGate.Dispose();

    /// <summary>Loads the latest path of every aspect the clip has; a failure is reported, not thrown.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var summary in await api.GetPathsAsync(clipId, cancellationToken))
            {
                await ReloadAsync(summary.Aspect, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (HttpRequestException ex)
        {
            notify(new($"Could not load the crop paths: {ex.Message}. Reload the page to try again.", CropPathNoticeLevel.Error));
        }
    }

    /// <summary>
    /// Applies a path change pushed by the server: a change of another clip, or of a revision not newer than
    /// the local one, is ignored; otherwise the aspect's path is read again. False when nothing was done.
    /// </summary>
    public async Task<bool> ApplyChangeAsync(CropPathChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.ClipId != clipId || (paths.TryGetValue(change.Aspect, out var known) && known.Revision >= change.Revision))
        {
            return false;
        }
        try
        {
            await ReloadAsync(change.Aspect, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            notify(new($"Could not load the new {change.Aspect} path: {ex.Message}. Reload the page.", CropPathNoticeLevel.Warning));
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return true;
    }

    /// <summary>Pins a manual keyframe where the crop box of <paramref name="aspect"/> was dragged to.</summary>
    public Task<PinOutcome> PinDragAsync(string aspect, CropDrag drag, CancellationToken cancellationToken) =>
        paths.TryGetValue(aspect, out var path) && CropPin.FromDrag(path, drag) is { } pin
            ? PinAsync(aspect, drag.Frame, pin, cancellationToken)
            : Task.FromResult(PinOutcome.NothingToPin);

    /// <summary>Pins a manual keyframe with the window the crop box of <paramref name="aspect"/> was resized to.</summary>
    public Task<PinOutcome> PinResizeAsync(string aspect, CropResize resize, CancellationToken cancellationToken) =>
        paths.TryGetValue(aspect, out var path) && CropPin.FromResize(path, resize) is { } pin
            ? PinAsync(aspect, resize.Frame, pin, cancellationToken)
            : Task.FromResult(PinOutcome.NothingToPin);

    /// <summary>Moves the manual keyframe at <paramref name="from"/> to <paramref name="to"/>; true when saved.</summary>
    public Task<bool> MoveAsync(string aspect, long from, long to, CancellationToken cancellationToken) =>
        EditAsync(aspect, set => set.Move(from, to), cancellationToken);

    /// <summary>Deletes the manual keyframe at <paramref name="frame"/>; true when saved.</summary>
    public Task<bool> DeleteAsync(string aspect, long frame, CancellationToken cancellationToken) =>
        EditAsync(aspect, set => set.Remove(frame), cancellationToken);

    /// <summary>Saves the manual set before the last edit of <paramref name="aspect"/>; true when saved.</summary>
    public Task<bool> UndoAsync(string aspect, CancellationToken cancellationToken) => UndoRedoAsync(aspect, undo: true, cancellationToken);

    /// <summary>Saves the manual set of the edit of <paramref name="aspect"/> undone last; true when saved.</summary>
    public Task<bool> RedoAsync(string aspect, CancellationToken cancellationToken) => UndoRedoAsync(aspect, undo: false, cancellationToken);

    /// <summary>
    /// Saves <paramref name="change"/> applied to the manual keyframes on screen as an undoable edit; false when
    /// the aspect has no path, nothing changed, the base was stale (reloaded and reported) or saving failed (reported).
    /// </summary>
    public Task<bool> EditAsync(string aspect, Func<ManualKeyframes, ManualKeyframes> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return paths.ContainsKey(aspect)
            ? SaveAsync(aspect, change, record: true, cancellationToken)
            : Task.FromResult(false);
    }

    private async Task<PinOutcome> PinAsync(string aspect, long keyFrame, CropPin pin, CancellationToken cancellationToken)
    {
        var (window, zoom) = (pin.Window, pin.Zoom);
        var saved = await EditAsync(
            aspect, set => set.Set(keyFrame, Math.Round(window.CenterX, 2), Math.Round(window.CenterY, 2), Math.Round(zoom, 3)), cancellationToken);
        return saved ? PinOutcome.Saved : PinOutcome.NotSaved;
    }

    private async Task<bool> UndoRedoAsync(string aspect, bool undo, CancellationToken cancellationToken)
    {
        if (!paths.ContainsKey(aspect) || !history.ContainsKey(aspect))
        {
            return false;
        }
        return await SaveAsync(
            aspect,
            current => history.TryGetValue(aspect, out var stack)
                && (undo ? stack.TryUndo(current, out var target) : stack.TryRedo(current, out target))
                    ? target
                    : null,
            record: false,
            cancellationToken);
    }

    // Sends the complete new manual set against the revision on screen; a stale base is reloaded, never overwritten.
    // The new set is worked out inside the gate, from the path the previous save left: an edit made while another
    // is still saving builds on it instead of quietly undoing it.
    private async Task<bool> SaveAsync(
        string aspect, Func<ManualKeyframes, ManualKeyframes?> plan, bool record, CancellationToken cancellationToken)
    {
        await editGate.WaitAsync(cancellationToken);
        try
        {
            var path = paths[aspect];
            var before = ManualKeyframes.From(path);
            var next = plan(before);
            if (next is null || next.Equals(before))
            {
                return false;
            }
            var result = await api.PutKeyframesAsync(clipId, aspect, next.ToEdit(path.Revision), cancellationToken);
            if (result.Path is null)
            {
                HistoryOf(aspect).Clear();
                await ReloadAsync(aspect, cancellationToken);
                notify(new($"Someone else changed the {aspect} path meanwhile; it was reloaded. Make your edit again.", CropPathNoticeLevel.Warning));
                return false;
            }
            if (record)
            {
                HistoryOf(aspect).Record(before);
            }
            Store(aspect, result.Path);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (HttpRequestException ex)
        {
            notify(new($"Could not save the {aspect} keyframes: {ex.Message}. Try the edit again.", CropPathNoticeLevel.Error));
            return false;
        }
        finally
        {
            editGate.Release();
        }
    }

    private async Task ReloadAsync(string aspect, CancellationToken cancellationToken)
    {
        if (await api.GetPathAsync(clipId, aspect, cancellationToken) is { } path)
        {
            Store(path.Aspect, path);
        }
    }

    private void Store(string aspect, CropPathView path)
    {
        paths[aspect] = path;
        pathChanged(path);
    }

    private UndoStack<ManualKeyframes> HistoryOf(string aspect)
    {
        if (!history.TryGetValue(aspect, out var stack))
        {
            history[aspect] = stack = new UndoStack<ManualKeyframes>();
        }
        return stack;
    }
}
