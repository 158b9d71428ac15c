using WebAttention.Client.Services.Api;
using WebAttention.Client.Services.Hub;
using WebAttention.Client.Services.Uploads;
using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Core.Uploads;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>A library with no clips yet.</summary>
public sealed class EmptyClipsApi : IClipsApi
{
    public Task<IReadOnlyList<ClipSummary>> GetClipsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ClipSummary>>([]);

    public Task<ClipSummary?> GetClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.FromResult<ClipSummary?>(null);

    public Task DeleteClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Clip events that never fire.</summary>
public sealed class QuietClipEvents : IClipEvents
{
    public IDisposable OnJobProgressed(Func<JobProgress, Task> handler) => new Nothing();

    public IDisposable OnClipChanged(Func<ClipSummary, Task> handler) => new Nothing();

    public IDisposable OnCropPathChanged(Func<CropPathChange, Task> handler) => new Nothing();

    public Task WatchClipAsync(Guid clipId, CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}

/// <summary>Upload service holding a list of interrupted uploads; resumes end with the verdict the test sets.</summary>
public sealed class InterruptedUploadService(params UploadSummary[] interrupted) : IUploadService
{
    private readonly List<UploadSummary> open = [.. interrupted];

    public List<(Guid UploadId, string FileName)> Resumed { get; } = [];

    public List<Guid> Discarded { get; } = [];

    /// <summary>What a resume returns (default: the file is not the interrupted one).</summary>
    public Func<IUploadSource, UploadSummary, UploadResult> Verdict { get; set; } =
        (source, upload) => new UploadResult(null, $"“{source.Name}” is not the file whose upload was interrupted (“{upload.FileName}”): its content differs.");

    public Task<UploadResult> UploadAsync(IUploadSource source, IProgress<UploadProgress>? progress, CancellationToken cancellationToken) =>
        Task.FromResult(new UploadResult(null, "not used"));

    public Task<UploadResult> ResumeAsync(IUploadSource source, UploadSummary interrupted, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
    {
        Resumed.Add((interrupted.UploadId, source.Name));
        var result = Verdict(source, interrupted);
        if (result.Succeeded)
        {
            open.RemoveAll(u => u.UploadId == interrupted.UploadId);
        }
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<UploadSummary>> ListInterruptedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UploadSummary>>([.. open]);

    public Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        Discarded.Add(uploadId);
        open.RemoveAll(u => u.UploadId == uploadId);
        return Task.CompletedTask;
    }
}
