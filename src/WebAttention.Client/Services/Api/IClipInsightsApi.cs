using WebAttention.Core.Saliency;

namespace WebAttention.Client.Services.Api;

/// <summary>What the analysis learnt about a clip beyond its maps: attention over time and faces.</summary>
public interface IClipInsightsApi
{
    /// <summary>Attention over time; null when the clip has no maps (404).</summary>
    Task<AttentionTimelineView?> GetAttentionTimelineAsync(Guid clipId, CancellationToken cancellationToken);

    /// <summary>Faces of every analysed frame; null when the clip has no face track (404).</summary>
    Task<ClipFacesView?> GetFacesAsync(Guid clipId, CancellationToken cancellationToken);
}
