using WebAttention.Core.Reframing;

namespace WebAttention.Client.Services.Studio;

/// <summary>Outcome of a keyframe edit: the new path, or a conflict (someone else saved first).</summary>
/// <param name="Path">The path at its new revision; null on conflict.</param>
public sealed record KeyframeEditResult(CropPathView? Path)
{
    /// <summary>True when the base revision was stale (HTTP 409): reload, then edit again.</summary>
    public bool Conflict => Path is null;
}

/// <summary>The crop path and export endpoints of a clip.</summary>
public interface ICropPathsApi
{
    /// <summary>The clip's crop paths (one per aspect).</summary>
    Task<IReadOnlyList<CropPathSummary>> GetPathsAsync(Guid clipId, CancellationToken cancellationToken);

    /// <summary>One path with every frame's window, or null when that aspect has none yet.</summary>
    Task<CropPathView?> GetPathAsync(Guid clipId, string aspect, CancellationToken cancellationToken);

    /// <summary>Queues solving paths for <paramref name="request"/>'s aspects (202).</summary>
    Task ReframeAsync(Guid clipId, ReframeRequestDto request, CancellationToken cancellationToken);

    /// <summary>Replaces the manual keyframes of a path.</summary>
    Task<KeyframeEditResult> PutKeyframesAsync(Guid clipId, string aspect, KeyframeEdit edit, CancellationToken cancellationToken);

    /// <summary>The clip's exports.</summary>
    Task<IReadOnlyList<ExportSummary>> GetExportsAsync(Guid clipId, CancellationToken cancellationToken);

    /// <summary>Queues renders.</summary>
    Task StartExportAsync(Guid clipId, ExportRequest request, CancellationToken cancellationToken);
}
