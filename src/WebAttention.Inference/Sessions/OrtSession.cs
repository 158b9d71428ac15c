using Microsoft.ML.OnnxRuntime;

namespace WebAttention.Inference.Sessions;

/// <summary>An ONNX Runtime session plus the device it really runs on. Disposing it disposes the session.</summary>
public sealed class OrtSession : IDisposable
{
    internal OrtSession(InferenceSession session, string modelPath, string device, string detail, string summary)
    {
        Session = session;
        ModelPath = modelPath;
        Device = device;
        Detail = detail;
        Summary = summary;
    }

    /// <summary>The session; its <c>Run</c> methods are thread-safe.</summary>
    public InferenceSession Session { get; }

    /// <summary>The model file the session was created from.</summary>
    public string ModelPath { get; }

    /// <summary>Device actually chosen: <see cref="ExecutionDevices.Cuda"/> or <see cref="ExecutionDevices.Cpu"/>.</summary>
    public string Device { get; }

    /// <summary>Why that device was chosen, with the runtime's own words (for logs and the CLI).</summary>
    public string Detail { get; }

    /// <summary>
    /// The device in a user's words, never an exception text: "GPU (CUDA device 0)", "CPU (no CUDA on this
    /// machine)" or "CPU (chosen in the server settings)". The why stays in <see cref="Detail"/> and the log.
    /// </summary>
    public string Summary { get; }

    /// <inheritdoc />
    public void Dispose() => Session.Dispose();
}
