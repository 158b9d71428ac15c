using WebAttention.Core.Clips;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Clips;

internal static class ClipMapping
{
    public static ClipSummary ToSummary(this Clip clip) => new(
        clip.Id, clip.Title, clip.Status, clip.DurationSeconds, clip.Width, clip.Height, clip.FrameRate,
        clip.FrameCount, clip.SizeBytes, new DateTimeOffset(DateTime.SpecifyKind(clip.CreatedAt, DateTimeKind.Utc)), clip.Error);
}
