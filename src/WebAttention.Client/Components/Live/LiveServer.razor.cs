using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.JSInterop;
using WebAttention.Client.Services.Live;
using WebAttention.Core.Live;
using WebAttention.Core.Reframing;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Live;

/// <summary>
/// Live attention computed on the server: streams camera or screen frames to <see cref="LiveHubContract.Route"/> through a
/// <see cref="LiveStreamer"/> (at most <see cref="LiveHubContract.DefaultFramesInFlight"/> in flight, the rest dropped) and
/// draws what comes back, with latency and frames/s on the overlay.
/// </summary>
public sealed partial class LiveServer : IAsyncDisposable
{
    private const string ModulePath = "./Components/Live/LiveServer.razor.js";
    private static readonly IReadOnlyList<string> Aspects = [.. AspectRatio.Presets.Select(a => a.ToString())];

    private readonly CancellationTokenSource _disposing = new();
    private readonly LatencyWindow _window = new();
    private ElementReference _video;
    private ElementReference _overlay;
    private IJSObjectReference? _module;
    private IJSObjectReference? _live;
    private DotNetObjectReference<LiveServer>? _self;
    private HubConnection? _connection;
    private LiveStreamer? _streamer;
    private LiveSessionInfo? _info;
    private string _aspect = AspectRatio.Portrait9x16.ToString();
    private string _state = "Idle";
    private string? _error;
    private bool _running;
    private bool _record;
    private LiveRecordingOutcome? _recorded;
    private long _sequence;
    private DateTime _lastRender;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private LiveStreamStats? Stats => _streamer?.Stats;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _module = await JS.InvokeAsync<IJSObjectReference>("import", _disposing.Token, ModulePath);
        _self = DotNetObjectReference.Create(this);
        _live = await _module.InvokeAsync<IJSObjectReference>("attach", _disposing.Token, _video, _overlay, _self);
    }

    /// <summary>A frame from the JS module (JPEG, capture time in ms since the epoch); false when it was dropped.</summary>
    [JSInvokable]
    public bool OnFrame(byte[] jpeg, int width, int height, double capturedAt) =>
        _streamer is { } streamer && streamer.TrySend(new LiveFrame(_sequence++, capturedAt, LiveFrameFormat.Jpeg, width, height, jpeg));

    private static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    private string Badge() => string.Create(CultureInfo.InvariantCulture,
        $"server · {_window.FramesPerSecond:0.0} fps · latency p50 {_window.Percentile(0.5):0} ms, p95 {_window.Percentile(0.95):0} ms");

    private async Task StartAsync(string source)
    {
        if (_live is null || _running)
        {
            return;
        }

        _error = null;
        _state = "Connecting…";
        try
        {
            _connection = new HubConnectionBuilder()
                .WithUrl(Navigation.ToAbsoluteUri(LiveHubContract.Route))
                .AddMessagePackProtocol()
                .Build();
            _connection.On<LiveSessionInfo>(nameof(ILiveClient.LiveSessionStarted), info =>
            {
                _info = info;
                _state = "Running on the server";
                return InvokeAsync(StateHasChanged);
            });
            _connection.On<LiveRecordingOutcome>(nameof(ILiveClient.LiveRecordingSaved), outcome =>
            {
                _recorded = outcome;
                _error = outcome.Error is { } why ? $"The recording was not saved: {why}" : _error;
                return InvokeAsync(StateHasChanged);
            });
            await _connection.StartAsync(_disposing.Token);
            _recorded = null;
            _streamer = LiveStreamer.Start(_connection, new LiveSessionRequest(_aspect, _record), LiveHubContract.DefaultFramesInFlight, Now, OnResultAsync, _disposing.Token);
            _running = true;
            _ = WatchAsync(_streamer);
            if (await _live.InvokeAsync<string?>("start", _disposing.Token, source) is { } refused)
            {
                _error = $"The browser gave no {source}: {refused}";
                await StopAsync();
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or HubException)
        {
            _error = $"The live server is not reachable: {ex.Message}";
            await StopAsync();
        }
    }

    private async Task OnResultAsync(LiveFrameResult result, double latency)
    {
        if (result.Dropped || _live is null)
        {
            return;
        }

        _window.Add(Now(), latency);
        await _live.InvokeVoidAsync("draw", _disposing.Token, result.Map, result.MapWidth, result.MapHeight, result.Faces, result.Crop);
        if (DateTime.UtcNow - _lastRender > TimeSpan.FromMilliseconds(500))
        {
            _lastRender = DateTime.UtcNow;
            await InvokeAsync(StateHasChanged);
        }
    }

    // Shows the server's reason when it ends the stream (e.g. a refused frame).
    private async Task WatchAsync(LiveStreamer streamer)
    {
        try
        {
            await streamer.Completion;
        }
        catch (Exception ex) when (ex is HubException or InvalidOperationException or OperationCanceledException)
        {
            if (!_disposing.IsCancellationRequested && ex is not OperationCanceledException)
            {
                _error = ex.Message;
            }
        }

        _running = false;
        await InvokeAsync(StateHasChanged);
    }

    private async Task StopAsync()
    {
        if (_live is not null)
        {
            await _live.InvokeVoidAsync("stop", _disposing.Token);
        }

        if (_streamer is { } streamer)
        {
            // Let the frames in flight come back, so every frame sent is accounted for.
            try
            {
                // A recording is encoded and added to the library before the stream ends.
                await streamer.CompleteAsync().WaitAsync(TimeSpan.FromSeconds(_record ? 120 : 10), _disposing.Token);
            }
            catch (Exception ex) when (ex is TimeoutException or HubException or InvalidOperationException or OperationCanceledException)
            {
                _error ??= ex.Message;
            }
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        _running = false;
        _state = "Stopped";
        StateHasChanged();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        if (_streamer is not null)
        {
            await _streamer.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await JsModules.ReleaseAsync(_live, "dispose");
        await JsModules.ReleaseAsync(_module);

        _self?.Dispose();
        _disposing.Dispose();
    }
}
