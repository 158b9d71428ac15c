using WebAttention.Core.Media;
using WebAttention.Media.TestClips;

namespace WebAttention.Media.Tests.TestSupport;

/// <summary>Small clips generated once for all tests that read them (deleted afterwards).</summary>
public sealed class GeneratedClips : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>2 s of testsrc2, 320x180, 25 fps, with a sine track: 50 frames.</summary>
    public static LavfiClipOptions TestSrcWithAudio { get; } =
        LavfiClipOptions.Single(LavfiPattern.TestSrc2, 2, new FrameSize(320, 180), 25, withAudio: true);

    /// <summary>1 s of solid red, 160x90, 10 fps: 10 frames.</summary>
    public static LavfiClipOptions Red { get; } =
        LavfiClipOptions.Single(LavfiPattern.SolidColor, 1, new FrameSize(160, 90), 10);

    /// <summary>2 s moving disc, 320x180, 25 fps.</summary>
    public static LavfiClipOptions Disc { get; } =
        LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(320, 180), 25);

    public string TestSrcWithAudioPath => _folder.File("testsrc2-audio.mp4");

    public string RedPath => _folder.File("red.mp4");

    public string DiscPath => _folder.File("disc.mp4");

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        await LavfiClip.GenerateAsync(TestSrcWithAudio, TestSrcWithAudioPath);
        await LavfiClip.GenerateAsync(Red, RedPath);
        await LavfiClip.GenerateAsync(Disc, DiscPath);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ClipsCollection : ICollectionFixture<GeneratedClips>
{
    public const string Name = "generated clips";
}
