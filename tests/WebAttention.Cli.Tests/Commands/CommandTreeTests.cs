using WebAttention.Cli.Hosting;
using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Commands;

public sealed class CommandTreeTests
{
    [Fact]
    public void The_tree_has_the_seven_commands()
    {
        using var writer = new StringWriter();
        var root = CliApplication.BuildRootCommand(CliConsole.ForWriters(writer, writer));

        Assert.Equal(["analyze", "saliency", "eval", "bench", "reframe", "bench-reframe", "train"], root.Subcommands.Select(c => c.Name));
    }

    [Fact]
    public async Task Model_commands_take_device_models_and_model_options()
    {
        var result = await CliRunner.RunAsync("analyze", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--device", result.Out, StringComparison.Ordinal);
        Assert.Contains("--models", result.Out, StringComparison.Ordinal);
        Assert.Contains("--model", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_device_is_rejected_by_the_parser()
    {
        var result = await CliRunner.RunAsync("analyze", "x.mp4", "--out", "o", "--device", "tpu");

        Assert.NotEqual(0, result.ExitCode);
    }
}
