using WebAttention.Core.Clips;

namespace WebAttention.Client.Services.Api;

/// <summary>The clip endpoints of the server.</summary>
public interface IClipsApi
{
    /// <summary>The signed-in user's clips.</summary>
    Task<IReadOnlyList<ClipSummary>> GetClipsAsync(CancellationToken cancellationToken);

    /// <summary>One clip, or null when it does not exist (or is not the user's).</summary>
    Task<ClipSummary?> GetClipAsync(Guid clipId, CancellationToken cancellationToken);

    /// <summary>Deletes a clip.</summary>
    Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken);
}
