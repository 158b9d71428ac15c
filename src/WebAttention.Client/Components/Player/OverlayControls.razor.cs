using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Components.Player;

/// <summary>On/off switch and opacity slider of the heatmap.</summary>
public sealed partial class OverlayControls
{
    /// <summary>Heatmap opacity, 0–1.</summary>
    [Parameter, EditorRequired]
    public double Opacity { get; set; }

    /// <summary>Raised when the user moves the opacity slider.</summary>
    [Parameter]
    public EventCallback<double> OpacityChanged { get; set; }

    /// <summary>Whether the heatmap is shown.</summary>
    [Parameter, EditorRequired]
    public bool Enabled { get; set; }

    /// <summary>Raised when the user flips the switch.</summary>
    [Parameter]
    public EventCallback<bool> EnabledChanged { get; set; }
}
