using WebAttention.Media.Processes;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Processes;

public sealed class ToolRunnerTests
{
    private static readonly string Ffmpeg = RealMedia.Ffmpeg.FfmpegPath;

    [Fact]
    public async Task A_failing_run_throws_naming_the_task_with_ffmpegs_last_line_and_keeps_its_stderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wa-no-such-" + Guid.NewGuid().ToString("N") + ".mp4");

        var error = await Assert.ThrowsAsync<MediaException>(() => ToolRunner.RunToSuccessAsync(
            Ffmpeg, ["-nostdin", "-hide_banner", "-i", missing, "-f", "null", "-"], TimeSpan.FromMinutes(1), "read the clip", null, CancellationToken.None));

        Assert.StartsWith("ffmpeg could not read the clip (exit code 1): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("No such file or directory", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.ToolOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_lines_on_stdout_are_handed_over_one_by_one()
    {
        var frames = new List<long>();

        await ToolRunner.RunToSuccessAsync(
            Ffmpeg,
            ["-nostdin", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=1", "-progress", "pipe:1", "-nostats", "-f", "null", "-"],
            TimeSpan.FromMinutes(1),
            "count frames",
            line => { if (FfmpegProgress.TryFrame(line, out var f)) { frames.Add(f); } },
            CancellationToken.None);

        Assert.Equal(10, frames[^1]);
    }

    [Fact]
    public async Task A_run_past_its_time_limit_is_stopped_with_a_sentence_naming_the_task()
    {
        // An endless source: only the limit ends it.
        var error = await Assert.ThrowsAsync<MediaException>(() => ToolRunner.RunToSuccessAsync(
            Ffmpeg, ["-nostdin", "-f", "lavfi", "-i", "nullsrc", "-f", "null", "-"], TimeSpan.FromMilliseconds(300), "wait forever", null, CancellationToken.None));

        Assert.StartsWith("ffmpeg took longer than ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" to wait forever and was stopped.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_process_and_throws_cancellation()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToolRunner.RunToSuccessAsync(
            Ffmpeg, ["-nostdin", "-f", "lavfi", "-i", "nullsrc", "-f", "null", "-"], TimeSpan.FromMinutes(5), "wait forever", null, cts.Token));
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
