namespace WebAttention.Inference.Models;

/// <summary>A model folder that cannot be used: bad manifest, missing file or checksum mismatch.</summary>
public sealed class InvalidModelException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public InvalidModelException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public InvalidModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public InvalidModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
