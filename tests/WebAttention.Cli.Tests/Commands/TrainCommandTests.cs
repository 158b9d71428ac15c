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
}
