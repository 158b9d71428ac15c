using WebAttention.Core.Media;
using WebAttention.Media.TestClips;
using WebAttention.Testing;

namespace WebAttention.Reliability.Tests.Uploads;

/// <summary>A file to upload: its name (for the table) and its bytes.</summary>
public sealed record UploadSource(string Name, byte[] Bytes);

/// <summary>
/// The files the cut-upload run sends: clips made by ffmpeg's lavfi sources at test time (a few hundred KB each, so a
/// hundred uploads fit the budget), plus the small real camera clips of ../shared/clips when that folder is there.
/// </summary>
public static class CutUploadSources
{
    // Real clips under 1 MB; absent ones are skipped (a fresh clone has none).
    private static readonly string[] RealClips = ["realshort.mp4", "node-opencv_motion.mov", "cockatoo.mp4"];

    public static async Task<(IReadOnlyList<UploadSource> Sources, IReadOnlyList<string> Skipped)> LoadAsync()
    {
        var sources = new List<UploadSource>
        {
            await GeneratedAsync(await GeneratedClips.TestPatternAsync()),
            await GeneratedAsync(await GeneratedClips.MovingDiscAsync()),
            await GeneratedAsync(await GeneratedClips.GetAsync(
                "cut-testsrc2-480x270-30fps-3s.mp4",
                LavfiClipOptions.Single(LavfiPattern.TestSrc2, 3, new FrameSize(480, 270), frameRate: 30) with { FastStart = false })),
        };
        var skipped = new List<string>();
        var shared = Path.Combine(RepositoryPaths.Root(), "..", "shared", "clips");
        foreach (var name in RealClips)
        {
            var path = Path.Combine(shared, name);
            if (File.Exists(path))
            {
                sources.Add(new UploadSource("real " + name, await File.ReadAllBytesAsync(path)));
            }
            else
            {
                skipped.Add(name);
            }
        }
        return (sources, skipped);
    }

    private static async Task<UploadSource> GeneratedAsync(string path) =>
        new("lavfi " + Path.GetFileName(path), await File.ReadAllBytesAsync(path));
}
