using System.Globalization;

namespace WebAttention.Inference.Sessions;

/// <summary>
/// What users are told about the inference device (the device chip's tooltip through /api/system): plain words,
/// never a runtime's exception text, which goes to the log instead.
/// </summary>
public static class DeviceSummaries
{
    /// <summary>Auto mode on a machine (or build) where CUDA cannot run.</summary>
    public const string CpuNoCuda = "CPU (no CUDA on this machine)";

    /// <summary>The CPU was configured (Inference:Device=Cpu).</summary>
    public const string CpuChosen = "CPU (chosen in the server settings)";

    /// <summary>The model could not be loaded at all.</summary>
    public const string Unavailable = "No model loaded: the server log says why";

    /// <summary>CUDA device <paramref name="deviceId"/>.</summary>
    public static string Gpu(int deviceId) => string.Create(CultureInfo.InvariantCulture, $"GPU (CUDA device {deviceId})");
}
