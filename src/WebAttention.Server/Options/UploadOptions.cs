using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Options;

/// <summary>Limits on uploads (section "Uploads"). Probing enforces the media limits after the bytes arrive.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest file accepted, in bytes (default 2 GiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Longest clip accepted.</summary>
    [Range(1, 24 * 3600)]
    public double MaxDurationSeconds { get; set; } = 2 * 3600;

    /// <summary>Largest width or height accepted.</summary>
    [Range(16, 16384)]
    public int MaxDimension { get; set; } = 4096;

    /// <summary>Bytes written between fsyncs; every fsync acknowledges the chunks before it.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int DurableEveryBytes { get; set; } = 1024 * 1024;

    /// <summary>Uploads untouched this long are removed with their bytes.</summary>
    [Range(1, 24 * 30)]
    public int AbandonAfterHours { get; set; } = 48;
}
