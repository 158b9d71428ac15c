using WebAttention.Client.Services.Api;
using WebAttention.Core.Saliency;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>Serves a fixed timeline and face track (null = 404) and counts the requests.</summary>
public sealed class FakeClipInsightsApi : IClipInsightsApi
{
    public AttentionTimelineView? Timeline { get; set; }

    public ClipFacesView? Faces { get; set; }

    public int FaceRequests { get; private set; }

    public Task<AttentionTimelineView?> GetAttentionTimelineAsync(Guid clipId, CancellationToken cancellationToken) => Task.FromResult(Timeline);

    public Task<ClipFacesView?> GetFacesAsync(Guid clipId, CancellationToken cancellationToken)
    {
        FaceRequests++;
        return Task.FromResult(Faces);
    }
}
