using WebAttention.Media.Processes;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Processes;

public sealed class ToolRunnerTests
{
    private static readonly string Ffmpeg = RealMedia.Ffmpeg.FfmpegPath;

    [Fact]
    public async Task A_probe_returns_stdout_and_a_failure_is_returned_not_thrown()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wa-no-such-" + Guid.NewGuid().ToString("N") + ".mp4");

        var version = await ToolRunner.RunAsync(RealMedia.Ffmpeg.FfprobePath, ["-version"], TimeSpan.FromMinutes(1), CancellationToken.None);
        var failed = await ToolRunner.RunAsync(RealMedia.Ffmpeg.FfprobePath, FfmpegCommands.Probe(missing), TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.True(version.Succeeded);
        Assert.StartsWith("ffprobe version", version.StandardOutput, StringComparison.Ordinal);
        Assert.False(failed.Succeeded);
        Assert.Contains("No such file or directory", failed.StderrTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_process_and_throws_cancellation()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToolRunner.RunAsync(
            Ffmpeg, ["-nostdin", "-f", "lavfi", "-i", "nullsrc", "-f", "null", "-"], TimeSpan.FromMinutes(5), cts.Token));
    }

    [Theory]
    [InlineData("out_time_us=2500000", 0.5)]
    [InlineData("out_time_us=9000000", 1.0)]
    [InlineData("out_time_us=-5", 0.0)]
    public void An_out_time_line_is_the_fraction_of_the_duration_written(string line, double expected)
    {
        Assert.True(FfmpegProgress.TryFraction(line, TimeSpan.FromSeconds(5), out var fraction));
        Assert.Equal(expected, fraction);
    }

    [Theory]
    [InlineData("out_time_us=N/A")]
    [InlineData("frame=12")]
    [InlineData("progress=end")]
    public void Other_progress_lines_give_no_fraction(string line)
    {
        Assert.False(FfmpegProgress.TryFraction(line, TimeSpan.FromSeconds(5), out _));
    }

    [Fact]
    public void A_frame_line_gives_the_frame_count()
    {
        Assert.True(FfmpegProgress.TryFrame("frame=42", out var frame));
        Assert.Equal(42, frame);
        Assert.False(FfmpegProgress.TryFrame("fps=42", out _));
    }
}
