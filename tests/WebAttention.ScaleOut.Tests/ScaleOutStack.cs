using WebAttention.Testing;

namespace WebAttention.ScaleOut.Tests;

/// <summary>The stack for the tests of this class: two workers with a short invisibility timeout, so a killed one's job moves quickly.</summary>
public sealed class ScaleOutStack : IAsyncLifetime
{
    public ScaleOutStackScript Stack { get; } = new();

    public Task InitializeAsync() => Stack.StartAsync(workers: 2, workerArguments: "--Jobs:InvisibilitySeconds 10 --Jobs:PollSeconds 0.5");

    public Task DisposeAsync() => Stack.DisposeAsync().AsTask();
}
