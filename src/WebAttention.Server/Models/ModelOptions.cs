using System.ComponentModel.DataAnnotations;

namespace WebAttention.Server.Models;

/// <summary>Limits on registering models (section "Models").</summary>
public sealed class ModelOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Models";

    /// <summary>Largest model zip accepted, in bytes (default 512 MiB).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest total size of the unpacked model.onnx + manifest.json (default 1 GiB; guards against zip bombs).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 1024L * 1024 * 1024;
}
