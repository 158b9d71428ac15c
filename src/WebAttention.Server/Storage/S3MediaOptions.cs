using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Storage;

/// <summary>The S3-compatible media store (section "Storage:S3"), used when <c>Storage:Media</c> is <c>S3</c>.</summary>
public sealed class S3MediaOptions
{
    public const string SectionName = "Storage:S3";

    /// <summary>Endpoint, e.g. http://127.0.0.1:4569 for s3rver or a MinIO/Ceph address; empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    [Required]
    public string Bucket { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    [Required]
    public string AccessKey { get; set; } = "";

    [Required]
    public string SecretKey { get; set; } = "";

    /// <summary>Bucket in the path, not the host name: what s3rver and most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
