using WebAttention.Testing;

namespace WebAttention.Server.Tests.Infrastructure;

/// <summary>One in-process server on a real socket per test class, and a generated multi-chunk clip to upload.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    /// <summary>Generated models are shared by all tests of the run (composing one takes seconds).</summary>
    public static readonly string ModelsFolder = TestModels.Folder;

    public AppFactory Factory { get; } = new(new Dictionary<string, string?> { ["Inference:ModelsRoot"] = ModelsFolder });

    public byte[] Clip { get; private set; } = [];

    public Uri BaseAddress => Factory.BaseAddress;

    public async Task InitializeAsync()
    {
        Clip = await File.ReadAllBytesAsync(await GeneratedClips.TestPatternAsync());
        if (Clip.Length < 4 * Core.Hubs.ClipHubContract.ChunkBytes)
        {
            throw new InvalidOperationException($"The generated clip has only {Clip.Length} bytes; upload tests need several chunks.");
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
