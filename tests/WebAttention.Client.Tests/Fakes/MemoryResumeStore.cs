using WebAttention.Client.Services.Uploads;

namespace WebAttention.Client.Tests.Fakes;

/// <summary>An in-memory <see cref="IUploadResumeStore"/>.</summary>
public sealed class MemoryResumeStore : IUploadResumeStore
{
    public List<PendingUpload> Items { get; } = [];

    public Task<PendingUpload?> FindAsync(string fileName, long size, long lastModified, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Find(u => u.FileName == fileName && u.Size == size && u.LastModified == lastModified));

    public Task SaveAsync(PendingUpload upload, CancellationToken cancellationToken)
    {
        Items.RemoveAll(u => u.UploadId == upload.UploadId);
        Items.Add(upload);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        Items.RemoveAll(u => u.UploadId == uploadId);
        return Task.CompletedTask;
    }
}
