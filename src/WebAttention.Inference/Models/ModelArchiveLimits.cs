namespace WebAttention.Inference.Models;

/// <summary>What a model archive may hold once unpacked.</summary>
/// <param name="MaxUncompressedBytes">Largest total size of the unpacked files (guards against zip bombs).</param>
public sealed record ModelArchiveLimits(long MaxUncompressedBytes);
