using WebAttention.Core.Media;
using WebAttention.Media.Processes;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Processes;

public class FfmpegCommandsTests
{
    [Fact]
    public void Uploads_may_not_be_opened_by_playlist_or_reference_demuxers()
    {
        Assert.Contains("mov", UntrustedInput.Demuxers);
        Assert.DoesNotContain(UntrustedInput.Demuxers, d => d is "concat" or "hls" or "dash" or "imf" or "sdp" or "rtsp" or "ffmetadata" or "tee");
        Assert.Equal("file", UntrustedInput.Protocols);
    }

    [Fact]
    public void Probe_command_asks_for_json_format_and_streams_of_the_absolute_path_through_the_whitelists()
    {
        var line = FfmpegArgumentBuilder.Render(FfmpegCommands.Probe("/data/clips/a.mp4"));

        Assert.Equal($"-v error {WhitelistArguments.Line} -print_format json -show_format -show_streams /data/clips/a.mp4", line);
    }

    [Fact]
    public void Decode_command_scales_inside_ffmpeg_to_rgb24_on_stdout_without_dropping_frames()
    {
        var line = FfmpegArgumentBuilder.Render(FfmpegCommands.DecodeRgb24("/data/clips/a.mp4", new FrameSize(384, 224)));

        Assert.Equal(
            $"-nostdin -hide_banner -loglevel error {WhitelistArguments.Line} -i /data/clips/a.mp4 -map 0:v:0 -an -sn -dn -fps_mode passthrough "
            + "-vf scale=384:224:flags=area,format=rgb24 -pix_fmt rgb24 -f rawvideo pipe:1",
            line);
    }

    [Fact]
    public void Decode_command_with_a_rate_puts_the_frames_on_its_constant_rate_grid_first()
    {
        var line = FfmpegArgumentBuilder.Render(FfmpegCommands.DecodeRgb24("/a.mp4", new FrameSize(384, 224), 25));

        Assert.Contains("-vf fps=25,scale=384:224:flags=area,format=rgb24 ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25, "fps=25")]
    [InlineData(15, "fps=15")]
    [InlineData(30000.0 / 1001, "fps=29.97002997002997")]
    public void The_constant_rate_filter_writes_the_rate_exactly(double rate, string filter) =>
        Assert.Equal(filter, FfmpegCommands.ConstantRate(rate));

    [Fact]
    public void Relative_inputs_become_absolute_so_a_name_cannot_read_as_an_option()
    {
        var args = FfmpegCommands.Probe("-weird name.mp4");

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "-weird name.mp4"), args[^1]);
    }

    [Fact]
    public void Render_quotes_arguments_with_spaces_and_quotes()
    {
        Assert.Equal("-i '/a b/it'\\''s.mp4'", FfmpegArgumentBuilder.Render(["-i", "/a b/it's.mp4"]));
    }

    [Fact]
    public void Builder_refuses_a_flag_that_is_not_an_option()
    {
        Assert.Throws<ArgumentException>(() => new FfmpegArgumentBuilder().Flag("an"));
    }

    [Fact]
    public void Decode_command_refuses_an_empty_size()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FfmpegCommands.DecodeRgb24("a.mp4", new FrameSize(0, 10)));
    }

    [Theory]
    [InlineData(11_520, "3h12m")]
    [InlineData(7_200, "2h")]
    [InlineData(245, "4m05s")]
    [InlineData(120, "2m")]
    [InlineData(12.5, "12.5s")]
    public void Durations_read_short(double seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
