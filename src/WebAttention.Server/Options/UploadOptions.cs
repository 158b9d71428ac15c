using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Options;

/// <summary>Limits on uploads (section "Uploads"). Duration, resolution and frame-rate limits are "Media:Limits", enforced by probing once the bytes are in.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Largest file accepted, in bytes (default 2 GiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Bytes written between fsyncs; every fsync acknowledges the chunks before it.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int DurableEveryBytes { get; set; } = 1024 * 1024;

    /// <summary>Unfinished uploads one user may hold at once (a rate limit on hub uploads).</summary>
    [Range(1, 1000)]
    public int MaxOpenUploadsPerUser { get; set; } = 8;

    /// <summary>Uploads untouched this long are removed with their bytes (fractions allowed: 0.01 is 36 s).</summary>
    [Range(0.0001, 24 * 30)]
    public double AbandonAfterHours { get; set; } = 48;

    /// <summary>Seconds between sweeps for abandoned uploads (and part files a crash left without their upload).</summary>
    [Range(0.5, 24 * 3600)]
    public double SweepEverySeconds { get; set; } = 3600;
}
