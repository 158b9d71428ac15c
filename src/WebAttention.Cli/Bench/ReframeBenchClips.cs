using WebAttention.Cli.Commands;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;

namespace WebAttention.Cli.Bench;

/// <summary>The clips <c>bench-reframe</c> measures: files and folders named on the command line, and generated ones.</summary>
public static class ReframeBenchClips
{
    /// <summary>Folder measured when no clip is named, relative to the current directory (the repository root of a worktree).</summary>
    public const string DefaultFolder = "../shared/clips";

    private static readonly string[] VideoExtensions = [".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v"];

    /// <summary>
    /// The generated clips, 640x360 at 25 fps: <c>disc</c> (one 6 s shot of the moving disc) and <c>disc-cut</c>
    /// (two 3 s disc shots: a hard cut sends the disc back to the left).
    /// </summary>
    public static IReadOnlyList<(string Name, LavfiClipOptions Options)> Generated { get; } =
    [
        ("disc", LavfiClipOptions.Single(LavfiPattern.MovingDisc, 6, new FrameSize(640, 360))),
        ("disc-cut", new LavfiClipOptions
        {
            Size = new FrameSize(640, 360),
            FrameRate = 25,
            Shots = [new LavfiShot(LavfiPattern.MovingDisc, 3), new LavfiShot(LavfiPattern.MovingDisc, 3)],
        }),
    ];

    /// <summary>
    /// Video files of <paramref name="arguments"/> (a folder gives its video files, by name), or of
    /// <see cref="DefaultFolder"/> when none is named and it exists; none when it does not.
    /// </summary>
    /// <exception cref="CliInputException">A named path does not exist.</exception>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return Directory.Exists(DefaultFolder) ? VideosIn(DefaultFolder) : [];
        }

        var clips = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                clips.AddRange(VideosIn(argument));
            }
            else
            {
                clips.Add(InputFiles.RequireFile(argument, "Clip"));
            }
        }

        return clips;
    }

    private static string[] VideosIn(string folder) =>
        [.. Directory.EnumerateFiles(Path.GetFullPath(folder))
            .Where(f => VideoExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
