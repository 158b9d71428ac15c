using WebAttention.Testing;

namespace WebAttention.E2E.Tests;

/// <summary>The built server as a real process for a test class; generated models are shared across the run.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public static readonly string ModelsFolder = TestModels.Folder;

    public ServerProcess Server { get; } = new($"--Inference:ModelsRoot={ModelsFolder}");

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
