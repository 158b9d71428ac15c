namespace WebAttention.Inference.Sessions;

/// <summary>Which execution provider ONNX Runtime sessions should use.</summary>
public enum InferenceDevice
{
    /// <summary>Try CUDA; fall back to the CPU when it cannot be registered or started.</summary>
    Auto = 0,

    /// <summary>Require CUDA; session creation fails with a clear message when it is not available.</summary>
    Cuda = 1,

    /// <summary>Use the CPU only.</summary>
    Cpu = 2,
}
