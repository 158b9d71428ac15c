namespace WebAttention.Inference.Faces;

/// <summary>The face detector's model file is missing or not the expected one; the message says how to fetch it.</summary>
public sealed class FaceModelUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FaceModelUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FaceModelUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FaceModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
