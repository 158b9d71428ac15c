using System.ComponentModel.DataAnnotations;
using WebAttention.Core.Hubs;

namespace WebAttention.Client.Services.Uploads;

/// <summary>Tuning of the resumable uploader.</summary>
public sealed class UploadOptions
{
    /// <summary>The configuration section the browser app binds (<c>Uploads</c>).</summary>
    public const string SectionName = "Uploads";

    /// <summary>Payload bytes per chunk (default: the hub's 64 KB; the server's limit wins if smaller).</summary>
    [Range(1, ClipHubContract.ChunkBytes)]
    public int ChunkBytes { get; set; } = ClipHubContract.ChunkBytes;

    /// <summary>Most unacknowledged bytes before the producer waits for acks, however fast the link (default 2 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxInFlightBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Seconds of the measured rate allowed in flight (default 1): on a slow link the unacknowledged bytes
    /// stay small, so progress follows the acknowledgements and a reload loses little.
    /// </summary>
    [Range(0, double.MaxValue, MinimumIsExclusive = true)]
    public double InFlightSeconds { get; set; } = 1;

    /// <summary>Consecutive failed passes that made no progress before giving up (default 5).</summary>
    [Range(1, int.MaxValue)]
    public int MaxAttemptsWithoutProgress { get; set; } = 5;

    /// <summary>Largest file accepted by the picker (default 8 GB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 8L * 1024 * 1024 * 1024;
}
