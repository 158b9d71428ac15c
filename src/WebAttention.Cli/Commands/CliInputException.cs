namespace WebAttention.Cli.Commands;

/// <summary>The user's input cannot be used; <see cref="Exception.Message"/> says why. Exits with <see cref="ExitCode"/>.</summary>
public sealed class CliInputException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public CliInputException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public CliInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the cause.</summary>
    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Exit code for this problem (<see cref="ExitCodes.Failure"/> unless a usage error).</summary>
    public int ExitCode { get; init; } = ExitCodes.Failure;

    /// <summary>A command-line usage problem (exit code <see cref="ExitCodes.Usage"/>).</summary>
    public static CliInputException Usage(string message) => new(message) { ExitCode = ExitCodes.Usage };
}
