using WebAttention.Media.Processes;

namespace WebAttention.Cli.Bench;

/// <summary>Runs one ffmpeg command to completion through <see cref="ToolRunner"/> (no time limit; killed on cancel, stderr kept for the error).</summary>
internal static class FfmpegRun
{
    public static Task RunAsync(string ffmpegPath, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ToolRunner.RunToSuccessAsync(ffmpegPath, arguments, Timeout.InfiniteTimeSpan, "run the plain reframe command", onOutputLine: null, cancellationToken);
}
