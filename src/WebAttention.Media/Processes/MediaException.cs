namespace WebAttention.Media.Processes;

/// <summary>ffmpeg or ffprobe failed; <see cref="Exception.Message"/> says what, in words a user can act on.</summary>
public sealed class MediaException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public MediaException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public MediaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the cause.</summary>
    public MediaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The last lines ffmpeg wrote to stderr, for logs (may be empty).</summary>
    public string ToolOutput { get; init; } = string.Empty;
}
