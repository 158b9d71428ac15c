namespace WebAttention.Pipeline.Storage;

/// <summary>Clip-level facts a saliency store records in its index.</summary>
/// <param name="FrameRate">Frames per second of the clip.</param>
/// <param name="Model">Model name and version that produced the maps.</param>
/// <param name="Device">Inference device ("CUDA" or "CPU").</param>
public sealed record SaliencyStoreHeader(double FrameRate, string Model, string Device);
