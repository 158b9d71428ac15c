using System.Text.Json;
using WebAttention.Data.Entities;

namespace WebAttention.Server.Reframing;

/// <summary>Arguments of a reframe job: the motion preset and who asked.</summary>
/// <param name="Preset">slower, default or faster.</param>
/// <param name="UserId">The requesting user (recorded as the revision's author).</param>
public sealed record ReframeJobArgs(string Preset, string UserId);

/// <summary>Arguments of an export job: the revision pinned when it was asked for, the output height and the padding style.</summary>
/// <param name="Revision">Crop path revision to render.</param>
/// <param name="Height">Output height in pixels (even); the width follows the aspect.</param>
/// <param name="Padding">blur or solid.</param>
/// <param name="UserId">The requesting user.</param>
public sealed record ExportJobArgs(int Revision, int Height, string Padding, string UserId);

/// <summary>Job arguments as JSON in <see cref="Job.Payload"/>.</summary>
public static class JobPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises arguments.</summary>
    public static string Write<T>(T args) => JsonSerializer.Serialize(args, Options);

    /// <summary>The job's arguments; throws when they are missing (a job queued by mistake fails with the reason).</summary>
    public static T Read<T>(Job job)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(job);
        return (job.Payload is null ? null : JsonSerializer.Deserialize<T>(job.Payload, Options))
            ?? throw new InvalidOperationException($"Job {job.Id} ({job.Kind}) has no arguments.");
    }
}
