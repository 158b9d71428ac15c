using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Training_without_the_dataset_fails_with_a_message_naming_the_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-osie-{Guid.NewGuid():N}");

        var result = await CliRunner.RunAsync("train", "--root", missing, "--out", Path.Combine(missing, "w.json"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-osie-", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fusion_stage_without_the_dataset_fails_naming_the_folder_and_writes_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-osie-{Guid.NewGuid():N}");
        var output = Path.Combine(missing, "fusion.json");

        var result = await CliRunner.RunAsync("train", "--stage", "fusion", "--root", missing, "--fusion-out", output);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-osie-", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task An_unknown_stage_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("train", "--stage", "everything");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("everything", result.Error, StringComparison.Ordinal);
    }
}
