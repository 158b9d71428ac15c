namespace WebAttention.Inference.Sessions;

/// <summary>The device names reported by <see cref="OrtSession.Device"/>.</summary>
public static class ExecutionDevices
{
    /// <summary>The NVIDIA CUDA execution provider.</summary>
    public const string Cuda = "CUDA";

    /// <summary>The default CPU execution provider.</summary>
    public const string Cpu = "CPU";
}
