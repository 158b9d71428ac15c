namespace WebAttention.Inference.Sessions;

/// <summary>Which ONNX Runtime package this assembly was built against (<c>-p:OnnxRuntimeFlavor=Gpu</c> or not).</summary>
public static class OrtBuildFlavour
{
    /// <summary>True when built against Microsoft.ML.OnnxRuntime.Gpu.Linux (CUDA 13 + cuDNN 9).</summary>
    public static bool IsGpu { get; } =
#if ORT_GPU
        true;
#else
        false;
#endif

    /// <summary>"Gpu" or "Cpu", as passed to MSBuild.</summary>
    public static string Name => IsGpu ? "Gpu" : "Cpu";
}
