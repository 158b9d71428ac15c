using System.CommandLine;
using WebAttention.Cli.Hosting;

namespace WebAttention.Cli.Tests.Support;

/// <summary>Runs <c>webattention</c> in-process through the same command tree as Program.cs, capturing output.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = CliApplication.BuildRootCommand(CliConsole.ForWriters(output, error));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, timeout.Token);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
