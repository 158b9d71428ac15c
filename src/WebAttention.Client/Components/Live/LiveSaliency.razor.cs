using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Live;

/// <summary>
/// Runs the server's fused pipeline in the browser (onnxruntime-web model and BlazeFace on WebGPU when there is an adapter,
/// else wasm with 2 threads; motion, static overlay, fusion with the server's weights and smoothing in JS) on camera or local
/// video frames and draws the map over the video, showing which backend runs and frames/s. Its JS module does the per-frame work.
/// </summary>
public sealed partial class LiveSaliency : IAsyncDisposable
{
    private const string ModulePath = "./Components/Live/LiveSaliency.razor.js";

    /// <summary>
    /// Analysis long sides offered: 256 by default (the lighter size that keeps a CPU-only browser near real time),
    /// 384 (the server's, identical maps) and 192 for slow devices.
    /// </summary>
    public static readonly IReadOnlyList<int> LongSides = [256, 384, 192];

    private readonly CancellationTokenSource _disposing = new();
    private readonly string _fileInputId = $"live-file-{Guid.NewGuid():N}";
    private ElementReference _video;
    private ElementReference _overlay;
    private ElementReference _file;
    private IJSObjectReference? _module;
    private IJSObjectReference? _live;
    private DotNetObjectReference<LiveSaliency>? _self;
    private int _longSide = 256;
    private string _status = "Starting…";
    private string? _error;
    private double _fps;
    private double _ms;
    private int _threads;
    private string? _backend;
    private string? _backendReason;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Threads given to onnxruntime-web (the server sends COOP/COEP, so threads are available).</summary>
    [Parameter]
    public int Threads { get; set; } = 2;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var token = _disposing.Token;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", token, ModulePath);
        _self = DotNetObjectReference.Create(this);
        _live = await _module.InvokeAsync<IJSObjectReference>("attach", token, _video, _overlay, _file, _self, new { threads = Threads, longSide = _longSide });
    }

    /// <summary>Called by the JS module with the loop's state (about once a second while running).</summary>
    [JSInvokable]
    public void OnStatus(string status, double fps, double ms, int threads, string? error, string? backend = null, string? backendReason = null)
    {
        _backend = backend;
        _backendReason = backendReason;
        _status = status;
        _fps = fps;
        _ms = ms;
        _threads = threads;
        _error = error;
        StateHasChanged();
    }

    private async Task UseCameraAsync()
    {
        if (_live is not null)
        {
            await _live.InvokeVoidAsync("useCamera", _disposing.Token);
        }
    }

    private async Task StopAsync()
    {
        _fps = 0;
        if (_live is not null)
        {
            await _live.InvokeVoidAsync("stop", _disposing.Token);
        }
    }

    private async Task OnSizeChangedAsync(int side)
    {
        if (LongSides.Contains(side))
        {
            _longSide = side;
            if (_live is not null)
            {
                await _live.InvokeVoidAsync("setLongSide", _disposing.Token, side);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await JsModules.ReleaseAsync(_live, "dispose");
        await JsModules.ReleaseAsync(_module);

        _self?.Dispose();
        _disposing.Dispose();
    }
}
