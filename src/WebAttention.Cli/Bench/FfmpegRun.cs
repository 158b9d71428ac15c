using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;

namespace WebAttention.Cli.Bench;

/// <summary>Runs one ffmpeg command to completion through FFMpegCore (<see cref="FfmpegJob"/>) (no time limit; killed on cancel, stderr kept for the error).</summary>
internal static class FfmpegRun
{
    public static Task RunAsync(FfmpegOptions ffmpeg, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        FfmpegJob.RunAsync(ffmpeg, arguments, Timeout.InfiniteTimeSpan, "run the plain reframe command", onOutputLine: null, cancellationToken);
}
