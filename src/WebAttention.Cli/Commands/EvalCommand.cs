using System.CommandLine;
using WebAttention.Cli.Hosting;

namespace WebAttention.Cli.Commands;

/// <summary>stub</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console) => new("eval");
}
