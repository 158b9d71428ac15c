using WebAttention.Client.Services.Api;
using WebAttention.Core.Clips;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>A library holding one clip.</summary>
public sealed class OneClipApi(ClipSummary clip) : IClipsApi
{
    public Task<IReadOnlyList<ClipSummary>> GetClipsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ClipSummary>>([clip]);

    public Task<ClipSummary?> GetClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.FromResult(clipId == clip.Id ? clip : null);

    public Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.CompletedTask;
}
