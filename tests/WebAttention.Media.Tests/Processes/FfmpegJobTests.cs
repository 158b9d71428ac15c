using WebAttention.Core.Media;
using WebAttention.Media.Processes;
using WebAttention.Media.Proxy;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Processes;

/// <summary>The one FFMpegCore runner for ffmpeg jobs, against real ffmpeg.</summary>
public sealed class FfmpegJobTests : IDisposable
{
    // An endless source encoded to MP4: only a kill ends it, and a killed MP4 has no index (moov) and does not play.
    private static readonly string[] Endless = ["-nostdin", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25"];

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_failing_job_throws_naming_the_task_with_ffmpegs_last_line_and_keeps_its_stderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wa-no-such-" + Guid.NewGuid().ToString("N") + ".mp4");

        var error = await Assert.ThrowsAsync<MediaException>(() => FfmpegJob.RunAsync(
            RealMedia.Ffmpeg, ["-nostdin", "-hide_banner", "-i", missing, "-f", "null", "-"], TimeSpan.FromMinutes(1), "read the clip", null, CancellationToken.None));

        Assert.StartsWith("ffmpeg could not read the clip (exit code 1): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("No such file or directory", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.ToolOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_lines_on_stdout_are_handed_over_one_by_one()
    {
        var frames = new List<long>();

        await FfmpegJob.RunAsync(
            RealMedia.Ffmpeg,
            ["-nostdin", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=1", "-progress", "pipe:1", "-nostats", "-f", "null", "-"],
            TimeSpan.FromMinutes(1),
            "count frames",
            line => { if (FfmpegProgress.TryFrame(line, out var f)) { lock (frames) { frames.Add(f); } } },
            CancellationToken.None);

        Assert.Equal(10, frames[^1]);
    }

    [Fact]
    public async Task A_job_past_its_time_limit_is_stopped_with_a_sentence_naming_the_task()
    {
        var error = await Assert.ThrowsAsync<MediaException>(() => FfmpegJob.RunAsync(
            RealMedia.Ffmpeg, [.. Endless, "-f", "null", "-"], TimeSpan.FromMilliseconds(300), "wait forever", null, CancellationToken.None));

        Assert.StartsWith("ffmpeg took longer than ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" to wait forever and was stopped.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_job_kills_ffmpeg_and_leaves_an_unfinished_file()
    {
        var output = _folder.File("endless.mp4");
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FfmpegJob.RunAsync(
            RealMedia.Ffmpeg,
            [.. Endless, "-c:v", "libx264", "-preset", "ultrafast", "-progress", "pipe:1", "-nostats", "-y", output],
            TimeSpan.FromHours(1),
            "encode forever",
            line => { if (FfmpegProgress.TryFrame(line, out var f) && f > 0) { cts.Cancel(); } },
            cts.Token));

        // Killed, not asked to finish: the MP4 never got its index, so it does not open.
        var probe = await ToolRunner.RunAsync(RealMedia.Ffmpeg.FfprobePath, FfmpegCommands.Probe(output), TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.False(probe.Succeeded);
    }

    [Fact]
    public async Task A_cancelled_token_starts_no_ffmpeg()
    {
        var output = _folder.File("never.mp4");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FfmpegJob.RunAsync(
            RealMedia.Ffmpeg, [.. Endless, "-t", "1", "-y", output], TimeSpan.FromHours(1), "encode", null, cts.Token));

        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Paths_and_values_with_spaces_quotes_and_backslashes_reach_ffmpeg_unchanged()
    {
        Directory.CreateDirectory(_folder.File("a folder"));
        var output = _folder.File(Path.Combine("a folder", "it's a clip.mp4"));
        const string Title = "a \"quoted\" title \\ with \\\"slashes\\";

        await FfmpegJob.RunAsync(
            RealMedia.Ffmpeg,
            ["-nostdin", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=0.5",
             "-c:v", "libx264", "-metadata", "title=" + Title, "-y", output],
            TimeSpan.FromMinutes(1),
            "write a titled clip",
            null,
            CancellationToken.None);

        var probe = await ToolRunner.RunAsync(
            RealMedia.Ffmpeg.FfprobePath,
            ["-v", "error", "-show_entries", "format_tags=title", "-of", "default=noprint_wrappers=1:nokey=1", output],
            TimeSpan.FromSeconds(30),
            CancellationToken.None);
        Assert.Equal(Title, probe.StandardOutput.TrimEnd('\n'));
    }

    [Fact]
    public async Task A_folder_without_ffmpeg_gives_a_sentence_naming_the_setting()
    {
        var empty = Directory.CreateDirectory(_folder.File("no-ffmpeg-here")).FullName;

        var error = await Assert.ThrowsAsync<MediaException>(() => FfmpegJob.RunAsync(
            new Configuration.FfmpegOptions { BinaryFolder = empty }, [.. Endless, "-t", "1", "-f", "null", "-"], TimeSpan.FromMinutes(1), "encode", null, CancellationToken.None));

        Assert.StartsWith($"Could not start ffmpeg in {empty}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(Media:Ffmpeg:BinaryFolder)?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_proxy_command_goes_to_FFMpegCore_as_one_input_and_one_output()
    {
        var arguments = ProxyCommands.Transcode("/in/a b.mov", "/out/a.mp4", new FrameSize(640, 360), 25, new ProxyOptions(), hasAudio: false);

        var text = FfmpegJob.Arguments(FfmpegJobLine.Parse(arguments)).Arguments;

        Assert.Equal(
            $"-nostdin -hide_banner -loglevel error {WhitelistArguments.Line} -i \"/in/a b.mov\" -map 0:v:0 -map 0:a:0? -c:v libx264 -preset veryfast -crf 23 "
            + "-pix_fmt yuv420p -vf fps=25,scale=640:360,setsar=1 -an -movflags +faststart -progress pipe:1 -nostats \"/out/a.mp4\" -y",
            text);
    }

    [Fact]
    public void A_line_splits_into_inputs_with_their_options_and_the_output()
    {
        var line = FfmpegJobLine.Parse(["-nostdin", "-f", "lavfi", "-i", "testsrc2", "-ss", "1", "-i", "/a.wav", "-c:v", "libx264", "-y", "/out.mp4"]);

        Assert.Equal(["-nostdin", "-f", "lavfi"], line.Inputs[0].Options);
        Assert.Equal("testsrc2", line.Inputs[0].Source);
        Assert.Equal(["-ss", "1"], line.Inputs[1].Options);
        Assert.Equal("/a.wav", line.Inputs[1].Source);
        Assert.Equal(["-c:v", "libx264"], line.OutputOptions);
        Assert.Equal("/out.mp4", line.Output);
        Assert.True(line.Overwrite);
    }

    [Theory]
    [InlineData("-f|null|-")]
    [InlineData("-i|/a.mp4")]
    [InlineData("-i|/a.mp4|-c:v|libx264|-y")]
    [InlineData("-i|/a \"b\".mp4|/out.mp4")]
    public void A_line_without_an_input_or_an_output_or_with_a_quoted_path_is_refused(string arguments)
    {
        Assert.Throws<ArgumentException>(() => FfmpegJobLine.Parse(arguments.Split('|')));
    }

    public void Dispose() => _folder.Dispose();
}
