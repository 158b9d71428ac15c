using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Components.Player;

/// <summary>Video with its saliency heatmap and the heatmap's controls.</summary>
public sealed partial class SaliencyPlayer
{
    private double opacity = 0.6;
    private bool enabled = true;

    /// <summary>Clip to play.</summary>
    [Parameter, EditorRequired]
    public Guid ClipId { get; set; }
}
