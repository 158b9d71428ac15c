using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Components.Player;

/// <summary>Heatmap on/off and opacity, and the face boxes switch.</summary>
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

    /// <summary>Raised when the user flips the heatmap switch.</summary>
    [Parameter]
    public EventCallback<bool> EnabledChanged { get; set; }

    /// <summary>Whether face boxes are shown.</summary>
    [Parameter]
    public bool Faces { get; set; } = true;

    /// <summary>Raised when the user flips the faces switch.</summary>
    [Parameter]
    public EventCallback<bool> FacesChanged { get; set; }

    /// <summary>Whether the clip has any face to show (the label says so when not).</summary>
    [Parameter]
    public bool FacesAvailable { get; set; }
}
