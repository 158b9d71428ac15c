using Microsoft.AspNetCore.Components;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Components.Clips;

/// <summary>Title, status and facts of a clip.</summary>
public sealed partial class ClipHeader
{
    /// <summary>Clip to describe.</summary>
    [Parameter, EditorRequired]
    public ClipSummary Clip { get; set; } = default!;
}
