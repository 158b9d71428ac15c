namespace WebAttention.Inference.Sessions;

/// <summary>The configured execution device cannot be used on this machine or build.</summary>
public sealed class InferenceDeviceUnavailableException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public InferenceDeviceUnavailableException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public InferenceDeviceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the ONNX Runtime error behind it.</summary>
    public InferenceDeviceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
