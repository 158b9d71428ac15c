using WebAttention.Core.Clips;
using WebAttention.Core.Jobs;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Tests;

/// <summary>Valid entities with every required field set, for tests to vary one thing at a time.</summary>
internal static class Entities
{
    public static Clip Clip(string ownerId = "owner-1", DateTime? createdAt = null) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = ownerId,
        Title = "beach.mp4",
        Status = ClipStatus.Queued,
        Sha256 = new string('a', 64),
        Codec = "h264",
        CreatedAt = createdAt ?? DateTime.UtcNow,
    };

    public static Job Job(Guid clipId, JobState state = JobState.Queued, DateTime? createdAt = null) => new()
    {
        Id = Guid.NewGuid(),
        Kind = "analyse",
        Queue = "cpu",
        ClipId = clipId,
        State = state,
        CreatedAt = createdAt ?? DateTime.UtcNow,
    };

    public static CropPathRecord CropPath(Guid clipId, string aspect, int revision, Guid? jobId = null)
    {
        var id = Guid.NewGuid();
        return new()
        {
            Id = id,
            ClipId = clipId,
            Aspect = aspect,
            Revision = revision,
            Preset = "default",
            JsonFile = $"crop/{aspect.Replace(':', 'x')}-r{revision}-{id:N}.json",
            CreatedBy = "owner-1",
            JobId = jobId,
        };
    }

    public static Upload Upload(string ownerId = "owner-1", DateTime? updatedAt = null) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = ownerId,
        FileName = "beach.mp4",
        Length = 1_000_000,
        UpdatedAt = updatedAt ?? DateTime.UtcNow,
    };
}
