using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using WebAttention.Client.Studio;
using WebAttention.Core;
using WebAttention.Client.Services.Interop;

namespace WebAttention.Client.Components.Player;

/// <summary>
/// A canvas over the stage's <c>&lt;video&gt;</c> (its sibling in the same positioned container) where
/// <c>SaliencyOverlay.razor.js</c> draws the saliency heatmap and the face boxes of the frame on screen.
/// Maps are prefetched over HTTP in chunks; no per-frame calls to .NET.
/// </summary>
public sealed partial class SaliencyOverlay : IAsyncDisposable
{
    /// <summary>Path of the colocated module, relative to the app base.</summary>
    public const string ModulePath = "./Components/Player/SaliencyOverlay.razor.js";

    private ElementReference canvas;
    private IJSObjectReference? module;
    private OverlayOptions? applied;
    private PackedFaces? appliedFaces;
    private bool disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Clip whose maps are shown.</summary>
    [Parameter, EditorRequired]
    public Guid ClipId { get; set; }

    /// <summary>Opacity of the heatmap, 0–1.</summary>
    [Parameter]
    public double Opacity { get; set; } = 0.6;

    /// <summary>Whether the heatmap is drawn.</summary>
    [Parameter]
    public bool Enabled { get; set; } = true;

    /// <summary>Whether face boxes are drawn.</summary>
    [Parameter]
    public bool ShowFaces { get; set; } = true;

    /// <summary>The clip's faces (null: none).</summary>
    [Parameter]
    public PackedFaces? Faces { get; set; }

    private OverlayOptions Options => new(Math.Clamp(Opacity, 0, 1), Enabled, ShowFaces);

    /// <summary>Index and chunk addresses for <paramref name="clipId"/>, from the shared routes.</summary>
    public static OverlaySource SourceFor(Guid clipId)
    {
        // Build the template from the route itself so a route change cannot drift from this code.
        const int marker = 987654321;
        var template = ApiRoutes.SaliencyChunk(clipId, marker).Replace(
            marker.ToString(System.Globalization.CultureInfo.InvariantCulture), "{chunk}", StringComparison.Ordinal);
        return new OverlaySource(ApiRoutes.SaliencyIndex(clipId), template);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await JsModules.ReleaseAsync(module, "detach", canvas);
        module = null;
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
            applied = Options;
            await module.InvokeVoidAsync("attach", canvas, SourceFor(ClipId), applied);
        }
        else if (module is not null && applied != Options)
        {
            applied = Options;
            await module.InvokeVoidAsync("setOptions", canvas, applied);
        }
        if (module is not null && !ReferenceEquals(appliedFaces, Faces))
        {
            appliedFaces = Faces;
            await module.InvokeVoidAsync("setFaces", canvas, Faces);
        }
    }
}
