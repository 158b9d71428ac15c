using WebAttention.Client.Components.Studio;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Studio;
using WebAttention.Client.Tests.Fakes;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Studio;

public sealed class CropPathEditorTests : IDisposable
{
    private static readonly Guid ClipId = Guid.NewGuid();
    private readonly FakeCropPathsApi api = new();
    private readonly List<CropPathView> changed = [];
    private readonly List<CropPathNotice> notices = [];
    private readonly CropPathEditor editor;

    public CropPathEditorTests()
    {
        api.Paths["9:16"] = Path("9:16", new CropFrameView(656, 0, 608, 1080, false));
        api.Paths["1:1"] = Path("1:1", new CropFrameView(420, 0, 1080, 1080, false));
        editor = new CropPathEditor(ClipId, api, changed.Add, notices.Add);
    }

    public void Dispose() => editor.Dispose();

    private static CropPathView Path(string aspect, CropFrameView window) => new(
        ClipId, aspect, 1, 1920, 1080, 30, "default",
        [.. Enumerable.Repeat(window, 120)],
        [new(0, 960, 540, false), new(30, 800, 540, true), new(60, 900, 540, true)],
        [new(0, 120, "steady", false)]);

    private static long[] Frames(IEnumerable<CropKeyframeView> keyframes) => [.. keyframes.Select(k => k.Frame)];

    private ManualKeyframes ManualOf(string aspect) => ManualKeyframes.From(editor.Paths[aspect]);

    [Fact]
    public async Task Loading_reads_every_aspect_in_aspect_order_and_reports_each_path()
    {
        await editor.LoadAllAsync(CancellationToken.None);

        Assert.Equal(["1:1", "9:16"], editor.Paths.Keys);
        Assert.Equal(["1:1", "9:16"], changed.Select(p => p.Aspect).Order(StringComparer.Ordinal));
        Assert.Empty(notices);
    }

    [Fact]
    public async Task A_drag_pins_the_moved_window_centre_and_undo_saves_the_previous_set_against_the_new_revision()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        var original = ManualOf("9:16");

        var outcome = await editor.PinDragAsync("9:16", new CropDrag(30, -100, 0, 1920, 1080), CancellationToken.None);

        Assert.Equal(PinOutcome.Saved, outcome);
        var pinned = api.Edits[0].Edit;
        Assert.Equal(1, pinned.BaseRevision);
        Assert.Equal([30L, 60L], Frames(pinned.Keyframes));
        Assert.Equal((860, 540), (pinned.Keyframes[0].CenterX, pinned.Keyframes[0].CenterY));
        Assert.Equal(2, editor.Paths["9:16"].Revision);
        Assert.True(editor.CanUndo("9:16"));

        Assert.True(await editor.UndoAsync("9:16", CancellationToken.None));

        var (aspect, undone) = api.Edits[1];
        Assert.Equal("9:16", aspect);
        Assert.Equal(2, undone.BaseRevision);
        Assert.Equal(original, ManualKeyframes.Of(undone.Keyframes));
        Assert.Equal(original, ManualOf("9:16"));
        Assert.Equal(3, editor.Paths["9:16"].Revision);
        Assert.False(editor.CanUndo("9:16"));
        Assert.True(editor.CanRedo("9:16"));
    }

    [Fact]
    public async Task Redo_saves_the_undone_edit_again()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        await editor.DeleteAsync("9:16", 30, CancellationToken.None);
        await editor.UndoAsync("9:16", CancellationToken.None);

        Assert.True(await editor.RedoAsync("9:16", CancellationToken.None));

        Assert.Equal([[60L], [30L, 60L], [60L]], api.Edits.Select(e => Frames(e.Edit.Keyframes)));
        Assert.Equal([1, 2, 3], api.Edits.Select(e => e.Edit.BaseRevision));
        Assert.Equal([60L], Frames(ManualOf("9:16").Items));
        Assert.True(editor.CanUndo("9:16"));
        Assert.False(editor.CanRedo("9:16"));
    }

    [Fact]
    public async Task A_resize_pins_the_window_size_as_a_zoom_around_the_same_centre()
    {
        await editor.LoadAllAsync(CancellationToken.None);

        // Half the width and height of the 608×1080 box, shown 1:1 on a 1920×1080 element.
        var outcome = await editor.PinResizeAsync(
            "9:16", new CropResize(45, CropCorner.BottomRight, -152, -270, 1920, 1080), CancellationToken.None);

        Assert.Equal(PinOutcome.Saved, outcome);
        var key = Assert.Single(api.Edits[0].Edit.Keyframes, k => k.Frame == 45);
        Assert.Equal((960, 540), (key.CenterX, key.CenterY));
        Assert.InRange(key.Zoom, 1.99, 2.01);
    }

    [Fact]
    public async Task Pinning_without_a_path_sends_nothing_and_an_unchanged_pin_is_not_saved()
    {
        await editor.LoadAllAsync(CancellationToken.None);

        Assert.Equal(PinOutcome.NothingToPin, await editor.PinDragAsync("4:5", new CropDrag(0, 10, 0, 1920, 1080), CancellationToken.None));
        Assert.Empty(api.Edits);

        await editor.PinDragAsync("9:16", new CropDrag(90, 0, 0, 1920, 1080), CancellationToken.None);
        var again = await editor.PinDragAsync("9:16", new CropDrag(90, 0, 0, 1920, 1080), CancellationToken.None);

        Assert.Equal(PinOutcome.NotSaved, again);
        Assert.Single(api.Edits);
    }

    [Fact]
    public async Task A_stale_base_revision_reloads_the_path_clears_its_history_and_tells_the_user()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        await editor.DeleteAsync("9:16", 60, CancellationToken.None);
        api.BumpBehindTheScenes("9:16");

        var saved = await editor.DeleteAsync("9:16", 30, CancellationToken.None);

        Assert.False(saved);
        Assert.Equal(2, api.Edits[^1].Edit.BaseRevision);
        Assert.Equal(3, editor.Paths["9:16"].Revision);
        Assert.Equal(3, changed[^1].Revision);
        Assert.False(editor.CanUndo("9:16"));
        var notice = Assert.Single(notices);
        Assert.Equal(
            new CropPathNotice("Someone else changed the 9:16 path meanwhile; it was reloaded. Make your edit again.", CropPathNoticeLevel.Warning),
            notice);
    }

    [Fact]
    public async Task A_failed_save_is_reported_as_an_error_and_changes_nothing()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        api.FailPuts = new HttpRequestException("503 Service Unavailable");

        Assert.Equal(PinOutcome.NotSaved, await editor.PinDragAsync("9:16", new CropDrag(30, 50, 0, 1920, 1080), CancellationToken.None));

        Assert.Equal(1, editor.Paths["9:16"].Revision);
        Assert.False(editor.CanUndo("9:16"));
        var notice = Assert.Single(notices);
        Assert.Equal(CropPathNoticeLevel.Error, notice.Level);
        Assert.Equal("Could not save the 9:16 keyframes: 503 Service Unavailable. Try the edit again.", notice.Message);
    }

    [Fact]
    public async Task A_pushed_newer_revision_replaces_the_local_path()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        changed.Clear();
        api.Paths["9:16"] = api.Paths["9:16"] with { Revision = 2, Keyframes = [new(0, 960, 540, false), new(90, 700, 540, true)] };

        var applied = await editor.ApplyChangeAsync(new CropPathChange(ClipId, "9:16", 2), CancellationToken.None);

        Assert.True(applied);
        Assert.Equal(2, editor.Paths["9:16"].Revision);
        Assert.Equal([90L], Frames(ManualOf("9:16").Items));
        Assert.Equal("9:16", Assert.Single(changed).Aspect);
    }

    [Fact]
    public async Task A_pushed_revision_not_newer_than_the_local_one_or_of_another_clip_is_ignored()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        changed.Clear();
        api.BumpBehindTheScenes("9:16"); // a reload would now bring revision 2

        Assert.False(await editor.ApplyChangeAsync(new CropPathChange(ClipId, "9:16", 1), CancellationToken.None));
        Assert.False(await editor.ApplyChangeAsync(new CropPathChange(ClipId, "9:16", 0), CancellationToken.None));
        Assert.False(await editor.ApplyChangeAsync(new CropPathChange(Guid.NewGuid(), "9:16", 5), CancellationToken.None));

        Assert.Equal(1, editor.Paths["9:16"].Revision);
        Assert.Empty(changed);
    }

    [Fact]
    public async Task A_pushed_change_of_an_aspect_not_yet_loaded_loads_it()
    {
        var applied = await editor.ApplyChangeAsync(new CropPathChange(ClipId, "1:1", 1), CancellationToken.None);

        Assert.True(applied);
        Assert.Equal(["1:1"], editor.Paths.Keys);
    }

    [Fact]
    public async Task Each_aspect_keeps_its_own_undo_history()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        await editor.DeleteAsync("9:16", 30, CancellationToken.None);
        await editor.DeleteAsync("1:1", 60, CancellationToken.None);

        Assert.True(await editor.UndoAsync("9:16", CancellationToken.None));

        Assert.Equal([30L, 60L], Frames(ManualOf("9:16").Items));
        Assert.Equal([30L], Frames(ManualOf("1:1").Items));
        Assert.False(editor.CanUndo("9:16"));
        Assert.True(editor.CanUndo("1:1"));
        Assert.False(editor.CanRedo("1:1"));

        Assert.True(await editor.UndoAsync("1:1", CancellationToken.None));

        Assert.Equal([30L, 60L], Frames(ManualOf("1:1").Items));
        Assert.Equal(["9:16", "1:1", "9:16", "1:1"], api.Edits.Select(e => e.Aspect));
    }

    [Fact]
    public async Task A_second_edit_waits_for_the_first_save_and_goes_against_its_revision()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        api.HoldPuts = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = editor.DeleteAsync("9:16", 30, CancellationToken.None);
        var second = editor.PinDragAsync("9:16", new CropDrag(90, 0, 0, 1920, 1080), CancellationToken.None);

        // Both calls have run up to their first wait: an unserialised second save would already have gone out.
        Assert.Single(api.Edits);
        api.HoldPuts.SetResult();

        Assert.True(await first);
        Assert.Equal(PinOutcome.Saved, await second);
        Assert.Equal([1, 2], api.Edits.Select(e => e.Edit.BaseRevision));
        Assert.Equal(3, editor.Paths["9:16"].Revision);
        // The pin builds on the delete that was still saving: keyframe 30 stays deleted.
        Assert.Equal([60L, 90L], Frames(api.Edits[1].Edit.Keyframes));
        Assert.Empty(notices);
    }

    [Fact]
    public async Task A_cancelled_edit_is_not_saved()
    {
        await editor.LoadAllAsync(CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => editor.DeleteAsync("9:16", 30, cancelled.Token));

        Assert.Empty(api.Edits);
        Assert.Equal(1, editor.Paths["9:16"].Revision);
    }
}
