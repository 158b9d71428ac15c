using WebAttention.Core.Media;
using WebAttention.Media.Processes;
using WebAttention.Media.Proxy;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Proxy;

public class ProxyCommandsTests
{
    [Fact]
    public void Proxy_command_with_audio_matches_the_known_good_line()
    {
        var args = FfmpegArgumentBuilder.Render(ProxyCommands.Transcode("/in/a.mov", "/out/a.mp4", new FrameSize(1280, 720), 30000.0 / 1001, new ProxyOptions(), hasAudio: true));

        Assert.Equal(
            $"-nostdin -hide_banner -loglevel error {WhitelistArguments.Line} -i /in/a.mov -map 0:v:0 -map '0:a:0?' -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p "
            + "-vf fps=29.97002997002997,scale=1280:720,setsar=1 -c:a aac -b:a 128k -movflags +faststart -progress pipe:1 -nostats -y /out/a.mp4",
            args);
    }

    [Fact]
    public void Proxy_command_without_audio_drops_it()
    {
        var args = FfmpegArgumentBuilder.Render(ProxyCommands.Transcode("/in/a.mov", "/out/a.mp4", new FrameSize(640, 360), 25, new ProxyOptions { Crf = 20 }, hasAudio: false));

        Assert.Contains("-crf 20 ", args, StringComparison.Ordinal);
        Assert.Contains(" -an ", args, StringComparison.Ordinal);
        Assert.DoesNotContain("-c:a aac", args, StringComparison.Ordinal);
    }

    [Fact]
    public void Thumbnail_command_seeks_before_input_and_writes_one_scaled_frame()
    {
        var jpeg = FfmpegArgumentBuilder.Render(ProxyCommands.Thumbnail("/in/a.mp4", "/out/t.jpg", TimeSpan.FromSeconds(1.5), new FrameSize(320, 180)));
        var png = FfmpegArgumentBuilder.Render(ProxyCommands.Thumbnail("/in/a.mp4", "/out/t.png", TimeSpan.FromSeconds(1.5), new FrameSize(320, 180)));

        Assert.Equal($"-nostdin -hide_banner -loglevel error -ss 00:00:01.500 {WhitelistArguments.Line} -i /in/a.mp4 -frames:v 1 -vf scale=320:180 -q:v 3 -y /out/t.jpg", jpeg);
        Assert.DoesNotContain("-q:v", png, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxy_options_report_out_of_range_values()
    {
        Assert.Empty(new ProxyOptions().Problems());
        Assert.Equal(3, new ProxyOptions { Crf = 60, Preset = "warp", ThumbnailAt = 1 }.Problems().Count());
    }
}
