using System.CommandLine;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Hosting;

namespace WebAttention.Cli;

/// <summary>The <c>webattention</c> command tree. Program.cs parses and invokes it; tests invoke it in-process.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command with every subcommand writing to <paramref name="console"/>.</summary>
    public static RootCommand BuildRootCommand(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("WebAttention: per-frame visual saliency for video, from the command line.");
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(SaliencyCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ReframeCommand.Create(console));
        root.Subcommands.Add(BenchReframeCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        return root;
    }
}
