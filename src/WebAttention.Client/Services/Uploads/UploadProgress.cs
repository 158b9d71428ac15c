namespace WebAttention.Client.Services.Uploads;

/// <summary>What an upload is doing.</summary>
public enum UploadPhase
{
    /// <summary>Opening or resuming the server session.</summary>
    Starting,
    /// <summary>Re-reading the already uploaded prefix to rebuild the file hash.</summary>
    Verifying,
    /// <summary>Sending chunks.</summary>
    Uploading,
    /// <summary>Connection lost; waiting to reconnect and resume.</summary>
    Reconnecting,
    /// <summary>All bytes are durable; the server checks the file.</summary>
    Finishing,
}

/// <summary>A snapshot of an upload's progress.</summary>
/// <param name="UploadId">Server session id (empty until the session exists).</param>
/// <param name="Phase">Current phase.</param>
/// <param name="AcknowledgedBytes">Bytes the server made durable.</param>
/// <param name="Length">File length.</param>
/// <param name="BytesPerSecond">Smoothed upload rate.</param>
/// <param name="Resumed">True when this upload continued an earlier session.</param>
public sealed record UploadProgress(
    Guid UploadId,
    UploadPhase Phase,
    long AcknowledgedBytes,
    long Length,
    double BytesPerSecond,
    bool Resumed = false)
{
    /// <summary>Acknowledged share, 0–1.</summary>
    public double Fraction => Length <= 0 ? 1 : Math.Clamp((double)AcknowledgedBytes / Length, 0, 1);

    /// <summary>Rate in megabytes (10^6 bytes) per second.</summary>
    public double MegabytesPerSecond => BytesPerSecond / 1_000_000;
}
