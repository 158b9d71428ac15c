using WebAttention.Cli.Hosting;
using WebAttention.Core.Media;
using WebAttention.Inference.Sessions;
using WebAttention.Media.TestClips;
using WebAttention.Testing;

namespace WebAttention.Cli.Tests.Support;

/// <summary>
/// Shared by the command tests: one models folder (the built-in model is composed there once, ~10 s, and kept
/// between runs) and a tiny generated clip (160x90, 25 fps, 2 s moving disc = 50 frames).
/// </summary>
public sealed class CliFixture : IAsyncLifetime
{
    public static readonly string ModelsRoot = TestModels.Folder;

    public static readonly LavfiClipOptions TinyClipOptions = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(160, 90));

    private readonly TempFolder _folder = new();

    public string TinyClip => _folder.Combine("tiny.mp4");

    public string NotAVideo => _folder.Combine("notes.mp4");

    public async Task InitializeAsync()
    {
        await LavfiClip.GenerateAsync(TinyClipOptions, TinyClip);
        await File.WriteAllTextAsync(NotAVideo, "this is a text file, not a video\n");
        await using var host = CliHost.Start(new CliSettings(ModelsRoot, InferenceDevice.Cpu));
        using var predictor = await host.CreatePredictorAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The model options every test passes: shared models folder, CPU.</summary>
    public static string[] ModelArgs => ["--models", ModelsRoot, "--device", "cpu"];
}
