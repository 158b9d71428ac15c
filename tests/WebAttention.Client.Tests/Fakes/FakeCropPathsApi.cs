using WebAttention.Client.Services.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>Crop paths in memory; PUT answers 409 when the base revision is stale, like the server.</summary>
public sealed class FakeCropPathsApi : ICropPathsApi
{
    public Dictionary<string, CropPathView> Paths { get; } = [];

    public List<(string Aspect, KeyframeEdit Edit)> Edits { get; } = [];

    public List<ReframeRequestDto> Reframes { get; } = [];

    public List<ExportRequest> ExportsStarted { get; } = [];

    public List<ExportSummary> Exports { get; } = [];

    public Task<IReadOnlyList<CropPathSummary>> GetPathsAsync(Guid clipId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CropPathSummary>>(
            [.. Paths.Values.Select(p => new CropPathSummary(p.Aspect, p.Revision, DateTimeOffset.UnixEpoch, p.Keyframes.Count(k => k.Manual), false))]);

    public Task<CropPathView?> GetPathAsync(Guid clipId, string aspect, CancellationToken cancellationToken) =>
        Task.FromResult(Paths.GetValueOrDefault(aspect));

    public Task ReframeAsync(Guid clipId, ReframeRequestDto request, CancellationToken cancellationToken)
    {
        Reframes.Add(request);
        return Task.CompletedTask;
    }

    /// <summary>When set, a PUT is recorded at once but answered only once this completes (a slow server).</summary>
    public TaskCompletionSource? HoldPuts { get; set; }

    /// <summary>When set, a PUT is recorded and then fails with this (the server or network is down).</summary>
    public Exception? FailPuts { get; set; }

    public async Task<KeyframeEditResult> PutKeyframesAsync(Guid clipId, string aspect, KeyframeEdit edit, CancellationToken cancellationToken)
    {
        Edits.Add((aspect, edit));
        if (FailPuts is { } failure)
        {
            throw failure;
        }
        if (HoldPuts is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
        var path = Paths[aspect];
        if (edit.BaseRevision != path.Revision)
        {
            return new KeyframeEditResult(null);
        }
        var next = path with
        {
            Revision = path.Revision + 1,
            Keyframes = [.. path.Keyframes.Where(k => !k.Manual).Concat(edit.Keyframes).OrderBy(k => k.Frame)],
        };
        Paths[aspect] = next;
        return new KeyframeEditResult(next);
    }

    public Task<IReadOnlyList<ExportSummary>> GetExportsAsync(Guid clipId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExportSummary>>([.. Exports]);

    public Task StartExportAsync(Guid clipId, ExportRequest request, CancellationToken cancellationToken)
    {
        ExportsStarted.Add(request);
        return Task.CompletedTask;
    }

    /// <summary>Someone else saved: bumps the revision behind the client's back.</summary>
    public void BumpBehindTheScenes(string aspect) => Paths[aspect] = Paths[aspect] with { Revision = Paths[aspect].Revision + 1 };
}
