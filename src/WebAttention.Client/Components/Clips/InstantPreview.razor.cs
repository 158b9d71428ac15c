using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Core;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Clips;

/// <summary>What the instant preview shows.</summary>
public enum PreviewState
{
    /// <summary>Loading the model or waiting for the clip's browser copy.</summary>
    Loading,
    /// <summary>Maps computed in this browser are drawn over the clip.</summary>
    Running,
    /// <summary>This browser cannot run the model (no WebAssembly threads); nothing else is shown.</summary>
    Unsupported,
    /// <summary>The preview stopped with an error (the server's analysis is unaffected).</summary>
    Failed,
}

/// <summary>
/// While the server analyses a clip, plays its browser copy and analyses the first <see cref="Seconds"/> seconds in this
/// browser with the /live local pipeline (wwwroot/js/attention/pipeline.js), labelled "Preview (this browser)". The clip
/// page drops it when the clip turns Ready, which stops the loop and frees the model.
/// </summary>
public sealed partial class InstantPreview : IAsyncDisposable
{
    /// <summary>The component's JS module.</summary>
    public const string ModulePath = "./Components/Clips/InstantPreview.razor.js";

    private readonly CancellationTokenSource _disposing = new();
    private ElementReference _video;
    private ElementReference _overlay;
    private IJSObjectReference? _module;
    private IJSObjectReference? _preview;
    private DotNetObjectReference<InstantPreview>? _self;
    private string? _message;
    private int _frames;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The clip being analysed.</summary>
    [Parameter]
    [EditorRequired]
    public Guid ClipId { get; set; }

    /// <summary>Seconds from the start analysed in the browser.</summary>
    [Parameter]
    public double Seconds { get; set; } = 5;

    /// <summary>Threads given to onnxruntime-web.</summary>
    [Parameter]
    public int Threads { get; set; } = 2;

    /// <summary>What the preview shows now.</summary>
    public PreviewState State { get; private set; } = PreviewState.Loading;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        var token = _disposing.Token;
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", token, ModulePath);
            _self = DotNetObjectReference.Create(this);
            _preview = await _module.InvokeAsync<IJSObjectReference>("attach", token, _video, _overlay, _self,
                new { url = ApiRoutes.Video(ClipId), seconds = Seconds, threads = Threads, longSide = 256 });
        }
        catch (OperationCanceledException)
        {
            // The page went away while the module loaded.
        }
        catch (JSException ex)
        {
            OnPreviewState("failed", ex.Message, 0);
        }
    }

    /// <summary>Called by the JS module when the preview changes state ("loading", "running", "unsupported", "failed").</summary>
    [JSInvokable]
    public void OnPreviewState(string state, string? message, int frames)
    {
        State = state switch
        {
            "running" => PreviewState.Running,
            "unsupported" => PreviewState.Unsupported,
            "failed" => PreviewState.Failed,
            _ => PreviewState.Loading,
        };
        _message = message;
        _frames = frames;
        StateHasChanged();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await JsModules.ReleaseAsync(_preview, "dispose");
        await JsModules.ReleaseAsync(_module);
        _self?.Dispose();
        _disposing.Dispose();
    }
}
