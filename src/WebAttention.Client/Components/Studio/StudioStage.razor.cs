using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Client.Components.Player;
using WebAttention.Client.Studio;
using WebAttention.Core;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Studio;

/// <summary>
/// The clip's one player: its video with the saliency heatmap and face boxes (<see cref="SaliencyOverlay"/>) and
/// the crop window of the frame on screen drawn over it (draggable, corners resize it with the aspect locked), and
/// a live preview of the reframed output. Per-frame work happens in JS (<c>StudioStage.razor.js</c>,
/// <c>SaliencyOverlay.razor.js</c>); this component hears about frame changes, drops, resizes and keys.
/// </summary>
public sealed partial class StudioStage : IAsyncDisposable
{
    /// <summary>Path of the colocated module, relative to the app base.</summary>
    public const string ModulePath = "./Components/Studio/StudioStage.razor.js";

    private static readonly string[] Corners = ["nw", "ne", "sw", "se"];
    private ElementReference root;
    private ElementReference video;
    private ElementReference box;
    private ElementReference preview;
    private IJSObjectReference? module;
    private DotNetObjectReference<StudioStage>? self;
    private CropPathView? drawn;
    private FrameClock? clockSent;
    private bool previewApplied = true;
    private bool disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Clip whose proxy video plays.</summary>
    [Parameter, EditorRequired]
    public Guid ClipId { get; set; }

    /// <summary>The clip's frame clock (its real rate and frame count): every time ↔ frame mapping of the player uses it, before any crop path exists.</summary>
    [Parameter, EditorRequired]
    public FrameClock Clock { get; set; }

    /// <summary>The path whose window is drawn (the selected aspect), or null for none.</summary>
    [Parameter]
    public CropPathView? Path { get; set; }

    /// <summary>How the heatmap and face boxes are drawn.</summary>
    [Parameter]
    public OverlayOptions Overlay { get; set; } = new(0.6, true);

    /// <summary>The clip's face boxes (null: none).</summary>
    [Parameter]
    public PackedFaces? Faces { get; set; }

    /// <summary>Whether the live preview canvas is drawn.</summary>
    [Parameter]
    public bool PreviewEnabled { get; set; } = true;

    /// <summary>Raised when the frame on screen changes (throttled while playing) with whether it plays.</summary>
    [Parameter]
    public EventCallback<(long Frame, bool Playing)> OnFrameChanged { get; set; }

    /// <summary>Raised when the user drops the crop box somewhere else.</summary>
    [Parameter]
    public EventCallback<CropDrag> OnCropDragged { get; set; }

    /// <summary>Raised when the user drops a corner of the crop box after resizing it.</summary>
    [Parameter]
    public EventCallback<CropResize> OnCropResized { get; set; }

    /// <summary>Raised for studio keys pressed while the stage has focus.</summary>
    [Parameter]
    public EventCallback<StudioCommand> OnCommand { get; set; }

    private string VideoUrl => ApiRoutes.Video(ClipId);

    /// <summary>Plays, pauses, steps or seeks the video.</summary>
    public Task RunAsync(StudioCommand command, CancellationToken cancellationToken = default) => command switch
    {
        StudioCommand.TogglePlay => CallAsync("togglePlay", cancellationToken),
        StudioCommand.Play => CallAsync("play", cancellationToken),
        StudioCommand.Pause => CallAsync("pause", cancellationToken),
        StudioCommand.BackOneSecond => CallAsync("skipSeconds", cancellationToken, -1.0),
        StudioCommand.StepBack => CallAsync("step", cancellationToken, -1),
        StudioCommand.StepForward => CallAsync("step", cancellationToken, 1),
        _ => Task.CompletedTask,
    };

    /// <summary>Shows <paramref name="frame"/>: seeks to the middle of it (<see cref="FrameClock.SeekTime"/>).</summary>
    public Task SeekAsync(long frame, CancellationToken cancellationToken = default) =>
        Clock.IsKnown ? CallAsync("seekTime", cancellationToken, Clock.SeekTime(frame)) : Task.CompletedTask;

    /// <summary>Re-sends the path (after a failed edit the dropped box must go back).</summary>
    public Task ResetPathAsync(CancellationToken cancellationToken = default)
    {
        drawn = Path;
        return CallAsync("setPath", cancellationToken, Path is null ? null : StagePath.From(Path));
    }

    /// <summary>Called by the module when the frame on screen changes.</summary>
    [JSInvokable]
    public Task OnFrame(long frame, bool playing) => OnFrameChanged.InvokeAsync((frame, playing));

    /// <summary>Called by the module when the crop box is dropped.</summary>
    [JSInvokable]
    public Task OnCropDraggedJs(long frame, double dx, double dy, double width, double height) =>
        OnCropDragged.InvokeAsync(new CropDrag(frame, dx, dy, width, height));

    /// <summary>Called by the module when a corner of the crop box is dropped.</summary>
    [JSInvokable]
    public Task OnCropResizedJs(long frame, string corner, double dx, double dy, double width, double height) =>
        OnCropResized.InvokeAsync(new CropResize(frame, CropCornerNames.Parse(corner), dx, dy, width, height));

    /// <summary>Called by the module for a studio key.</summary>
    [JSInvokable]
    public Task OnKey(string key, bool ctrl, bool shift)
    {
        var command = PlayerShortcuts.Map(key, ctrl, shift);
        return command == StudioCommand.None ? Task.CompletedTask : OnCommand.InvokeAsync(command);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await JsModules.ReleaseAsync(module, "detach", root);
        module = null;
        self?.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            if (disposed)
            {
                await module.DisposeAsync();
                module = null;
                return;
            }
            self = DotNetObjectReference.Create(this);
            await module.InvokeVoidAsync("attach", root, video, box, preview, self);
        }
        if (module is null)
        {
            return;
        }
        if (clockSent != Clock)
        {
            clockSent = Clock;
            await module.InvokeVoidAsync("setClock", root, Clock);
        }
        if (!ReferenceEquals(drawn, Path))
        {
            await ResetPathAsync();
        }
        if (previewApplied != PreviewEnabled)
        {
            previewApplied = PreviewEnabled;
            await module.InvokeVoidAsync("setPreview", root, PreviewEnabled);
        }
    }

    private async Task CallAsync(string name, CancellationToken cancellationToken, params object?[] args)
    {
        if (module is not null)
        {
            await module.InvokeVoidAsync(name, cancellationToken, [root, .. args]);
        }
    }
}
