namespace WebAttention.Cli.Tests.Support;

/// <summary>Command tests share the fixture and run one at a time (they each run ffmpeg and the model).</summary>
[CollectionDefinition(Name)]
public sealed class CommandsCollection : ICollectionFixture<CliFixture>
{
    public const string Name = "commands";
}
