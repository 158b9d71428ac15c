using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Core.Review;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Review;

/// <summary>
/// The room's video: follows the presenter's playback (drift kept under a frame with <see cref="PlaybackClock"/>),
/// reports what the local viewer does, draws region boxes and comment markers, and lets a box be drawn.
/// </summary>
public sealed partial class ReviewPlayer : IAsyncDisposable
{
    public const string ModulePath = "./Components/Review/ReviewPlayer.razor.js";

    private ElementReference video;
    private ElementReference overlay;
    private IJSObjectReference? module;
    private DotNetObjectReference<ReviewPlayer>? self;

    [Parameter, EditorRequired]
    public string Source { get; set; } = string.Empty;

    [Parameter]
    public double FrameRate { get; set; }

    [Parameter]
    public long FrameCount { get; set; }

    [Parameter]
    public bool Drawing { get; set; }

    [Parameter]
    public IReadOnlyList<RegionBox> Boxes { get; set; } = [];

    [Parameter]
    public IReadOnlyList<long> Markers { get; set; } = [];

    /// <summary>(kind: play | pause | seeked, position, playing, rate, remote: applied from the presenter).</summary>
    [Parameter]
    public EventCallback<(string Kind, double Position, bool Playing, double Rate, bool Remote)> OnLocal { get; set; }

    [Parameter]
    public EventCallback<double> OnTime { get; set; }

    [Parameter]
    public EventCallback<RegionBox> OnRegion { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            self = DotNetObjectReference.Create(this);
            await module.InvokeVoidAsync("attach", video, overlay, self);
        }
    }

    /// <summary>Brings the video to where the presenter is now (seeks only when off by half a frame or more).</summary>
    public async Task FollowAsync(PlaybackState state, long serverNowMs)
    {
        if (module is null)
        {
            return;
        }
        var expected = PlaybackClock.ExpectedPosition(state, serverNowMs);
        var tolerance = FrameRate > 0 ? 0.5 / FrameRate : 0.02;
        await module.InvokeVoidAsync("apply", video, expected, state.Playing, state.Rate, tolerance);
    }

    public async Task<double> PositionAsync() => module is null ? 0 : await module.InvokeAsync<double>("position", video);

    [JSInvokable("OnLocal")]
    public Task OnLocalJs(string kind, double position, bool playing, double rate, bool remote) =>
        OnLocal.InvokeAsync((kind, position, playing, rate, remote));

    [JSInvokable("OnTime")]
    public Task OnTimeJs(double position) => OnTime.InvokeAsync(position);

    [JSInvokable("OnRegion")]
    public Task OnRegionJs(double x, double y, double width, double height) => OnRegion.InvokeAsync(new RegionBox(x, y, width, height));

    private static string BoxStyle(RegionBox b) => string.Create(CultureInfo.InvariantCulture,
        $"position:absolute; left:{b.X * 100:0.##}%; top:{b.Y * 100:0.##}%; width:{b.Width * 100:0.##}%; height:{b.Height * 100:0.##}%; border:2px solid #ffb300; box-sizing:border-box");

    private string MarkerStyle(long frame) => string.Create(CultureInfo.InvariantCulture,
        $"position:absolute; left:{(FrameCount > 1 ? 100.0 * frame / (FrameCount - 1) : 0):0.##}%; width:3px; height:8px; background:#ffb300");

    public async ValueTask DisposeAsync()
    {
        await JsModules.ReleaseAsync(module);
        self?.Dispose();
    }
}
