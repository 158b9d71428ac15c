using Microsoft.ML.OnnxRuntime;

namespace WebAttention.Inference.Sessions;

/// <summary>An ONNX Runtime session plus the device it really runs on. Disposing it disposes the session.</summary>
public sealed class OrtSession : IDisposable
{
    internal OrtSession(InferenceSession session, string modelPath, string device, string detail)
    {
        Session = session;
        ModelPath = modelPath;
        Device = device;
        Detail = detail;
    }

    /// <summary>The session; its <c>Run</c> methods are thread-safe.</summary>
    public InferenceSession Session { get; }

    /// <summary>The model file the session was created from.</summary>
    public string ModelPath { get; }

    /// <summary>Device actually chosen: <see cref="ExecutionDevices.Cuda"/> or <see cref="ExecutionDevices.Cpu"/>.</summary>
    public string Device { get; }

    /// <summary>Why that device was chosen (for logs and the admin UI).</summary>
    public string Detail { get; }

    /// <inheritdoc />
    public void Dispose() => Session.Dispose();
}
