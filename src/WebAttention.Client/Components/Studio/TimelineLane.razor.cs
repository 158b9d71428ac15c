using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Studio;

/// <summary>
/// One aspect's lane: shots coloured by camera mode, automatic and manual keyframes, the playhead.
/// Click to seek, click a keyframe to select it, drag a manual one along, delete the selected one.
/// </summary>
public sealed partial class TimelineLane : IAsyncDisposable
{
    /// <summary>Path of the colocated module, relative to the app base.</summary>
    public const string ModulePath = "./Components/Studio/TimelineLane.razor.js";

    private const double DragThresholdPx = 3;
    private ElementReference track;
    private IJSObjectReference? module;
    private (long Frame, double StartX, double Width)? drag;
    private bool suppressClick;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The lane's path.</summary>
    [Parameter, EditorRequired]
    public CropPathView Path { get; set; } = default!;

    /// <summary>Frames in the clip.</summary>
    [Parameter, EditorRequired]
    public long FrameCount { get; set; }

    /// <summary>Frame on screen (the playhead).</summary>
    [Parameter]
    public long Frame { get; set; }

    /// <summary>Whether this lane's aspect is the one drawn on the stage.</summary>
    [Parameter]
    public bool Active { get; set; }

    /// <summary>The selected keyframe's frame on this lane, if any.</summary>
    [Parameter]
    public long? SelectedFrame { get; set; }

    /// <summary>Raised with a frame to show.</summary>
    [Parameter]
    public EventCallback<long> OnSeek { get; set; }

    /// <summary>Raised when the lane label is clicked (edit this aspect).</summary>
    [Parameter]
    public EventCallback OnActivate { get; set; }

    /// <summary>Raised when a keyframe is clicked (it is selected).</summary>
    [Parameter]
    public EventCallback<CropKeyframeView> OnSelect { get; set; }

    /// <summary>Raised when a manual keyframe is dragged to another frame.</summary>
    [Parameter]
    public EventCallback<KeyframeMove> OnMove { get; set; }

    /// <summary>Raised with the frame of the manual keyframe to delete.</summary>
    [Parameter]
    public EventCallback<long> OnDelete { get; set; }

    private TimelineScale Scale => new(FrameCount);

    private bool CanDelete => SelectedFrame is { } f && Path.Keyframes.Any(k => k.Manual && k.Frame == f);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await JsModules.ReleaseAsync(module);
        module = null;
    }

    private string Width(CropShotView shot) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Scale.Percent(shot.EndFrame) - Scale.Percent(shot.FirstFrame):0.###}%");

    private string KeyClass(CropKeyframeView key) =>
        $"keyframe {(key.Manual ? "manual" : "auto")}{(key.Manual && key.Frame == SelectedFrame ? " selected" : "")}";

    private Task ScrubAsync(ChangeEventArgs e) =>
        long.TryParse(e.Value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var frame)
            ? OnSeek.InvokeAsync(frame)
            : Task.CompletedTask;

    private async Task ClickAsync(CropKeyframeView key)
    {
        if (suppressClick)
        {
            suppressClick = false;
            return;
        }
        await OnSelect.InvokeAsync(key);
        await OnSeek.InvokeAsync(key.Frame);
    }

    private Task DeleteAsync() => SelectedFrame is { } frame && CanDelete ? OnDelete.InvokeAsync(frame) : Task.CompletedTask;

    private async Task BeginDragAsync(CropKeyframeView key, PointerEventArgs e)
    {
        if (!key.Manual || e.Button != 0)
        {
            return;
        }
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await module.InvokeVoidAsync("capturePointer", track, e.PointerId);
        var width = await module.InvokeAsync<double>("measure", track);
        drag = (key.Frame, e.ClientX, width);
    }

    private async Task EndDragAsync(PointerEventArgs e)
    {
        if (drag is not { } d)
        {
            return;
        }
        drag = null;
        var dx = e.ClientX - d.StartX;
        if (Math.Abs(dx) < DragThresholdPx || d.Width <= 0)
        {
            return;
        }
        suppressClick = true;
        var to = Math.Clamp(d.Frame + (long)Math.Round(dx / d.Width * FrameCount), 0, Math.Max(0, FrameCount - 1));
        if (to != d.Frame)
        {
            await OnMove.InvokeAsync(new KeyframeMove(Path.Aspect, d.Frame, to));
        }
    }

    private void CancelDrag() => drag = null;
}
