using Microsoft.AspNetCore.Components;
using MudBlazor;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Components.Clips;

/// <summary>A clip's status as a coloured chip.</summary>
public sealed partial class ClipStatusChip
{
    /// <summary>Status to show.</summary>
    [Parameter, EditorRequired]
    public ClipStatus Status { get; set; }

    private Color ChipColor => Status switch
    {
        ClipStatus.Ready => Color.Success,
        ClipStatus.Failed => Color.Error,
        ClipStatus.Analysing => Color.Info,
        _ => Color.Default,
    };

    private string Icon => Status switch
    {
        ClipStatus.Ready => Icons.Material.Filled.CheckCircle,
        ClipStatus.Failed => Icons.Material.Filled.Error,
        ClipStatus.Analysing => Icons.Material.Filled.Autorenew,
        _ => Icons.Material.Filled.Schedule,
    };

    private string Label => Status switch
    {
        ClipStatus.Ready => "Ready",
        ClipStatus.Failed => "Failed",
        ClipStatus.Analysing => "Analysing",
        _ => "Queued",
    };
}
