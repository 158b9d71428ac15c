using Microsoft.AspNetCore.Components;

namespace WebAttention.Client.Components.Clips;

/// <summary>Why a clip's analysis failed.</summary>
public sealed partial class ClipErrorCard
{
    /// <summary>Error message from the server.</summary>
    [Parameter, EditorRequired]
    public string? Error { get; set; }
}
