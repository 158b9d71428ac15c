using Microsoft.AspNetCore.Components;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;

namespace WebAttention.Client.Components.Clips;

/// <summary>The user's clips with status, live job progress, duration and size.</summary>
public sealed partial class ClipTable
{
    /// <summary>Clips to list, newest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ClipSummary> Clips { get; set; } = [];

    /// <summary>Latest job progress per clip id.</summary>
    [Parameter]
    public IReadOnlyDictionary<Guid, JobProgress>? Progress { get; set; }

    /// <summary>Raised when the user asks to delete a clip.</summary>
    [Parameter]
    public EventCallback<ClipSummary> OnDelete { get; set; }

    private JobProgress? ProgressOf(Guid clipId) => Progress?.GetValueOrDefault(clipId);
}
