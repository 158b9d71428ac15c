using WebAttention.Core.Media;
using WebAttention.Media.TestClips;

namespace WebAttention.Testing;

/// <summary>Small clips made by ffmpeg's lavfi sources, cached per test run in a temp folder.</summary>
public static class GeneratedClips
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "webattention-clips");
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>A 320x180, 25 fps, 2 s clip of a moving bright disc, with audio (50 frames).</summary>
    public static Task<string> MovingDiscAsync() =>
        GetAsync("disc-320x180-2s.mp4", LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(320, 180), withAudio: true) with { FastStart = true });

    /// <summary>A 640x360, 25 fps, 4 s test pattern with audio: several hundred KB, so many upload chunks.</summary>
    public static Task<string> TestPatternAsync() =>
        GetAsync("testsrc2-640x360-4s.mp4", LavfiClipOptions.Single(LavfiPattern.TestSrc2, 4, new FrameSize(640, 360), withAudio: true) with { FastStart = true });

    /// <summary>A clip made with <paramref name="options"/>, generated once per name.</summary>
    public static async Task<string> GetAsync(string name, LavfiClipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.Combine(Folder, name);
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Folder);
                var staging = path + $".{Guid.NewGuid():N}.mp4";
                await LavfiClip.GenerateAsync(options, staging);
                File.Move(staging, path, overwrite: true);
            }
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
