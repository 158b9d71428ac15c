namespace WebAttention.Cli.Tests.Support;

/// <summary>What an in-process run of the command tree returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
