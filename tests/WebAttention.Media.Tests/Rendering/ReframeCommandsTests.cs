using WebAttention.Core.Reframing;
using WebAttention.Media.Processes;
using WebAttention.Media.Rendering;
using WebAttention.Media.TestClips;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Rendering;

public class ReframeCommandsTests
{
    private static readonly LavfiClipOptions Disc = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new(320, 180), 25, withAudio: true);

    [Fact]
    public void A_single_size_path_renders_in_one_pass_matching_the_documented_command()
    {
        var path = DiscPaths.Following(Disc);
        var settings = ExportSettings.AtHeight(AspectRatio.Portrait9x16, 1920, "/tmp/out.mp4");
        var segment = Assert.Single(ReframeCommands.Segments(path));

        var graph = ReframeCommands.FilterGraph(path, segment, settings, "/tmp/x/crop.cmd");
        var line = FfmpegArgumentBuilder.Render(ReframeCommands.Render("/abs/src.mp4", graph, settings, "/tmp/out.mp4"));

        Assert.Equal(
            $"-nostdin -hide_banner -loglevel error {WhitelistArguments.Line} -i /abs/src.mp4 "
            + "-filter_complex '[0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/x/crop.cmd,crop@c=w=101:h=180:x=-2:y=0,scale=1080:1920:flags=bicubic,setsar=1,format=yuv420p[v]' "
            .Replace("x=-2", $"x={path.Frames[0].X}", StringComparison.Ordinal)
            + "-map '[v]' -map '0:a:0?' -fps_mode passthrough -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p "
            + "-c:a aac -b:a 128k -movflags +faststart -progress pipe:1 -nostats -y /tmp/out.mp4",
            line);
    }

    [Fact]
    public void Sendcmd_moves_the_crop_half_a_frame_before_each_frame_whose_window_moved()
    {
        var path = DiscPaths.Following(Disc) with
        {
            Frames = [new(10, 0, 101, 180), new(10, 0, 101, 180), new(14, 2, 101, 180)],
            Shots = [new ShotPlan(0, 0, 3, CameraMode.Track, 101, 180, false)],
        };

        var text = ReframeCommands.SendCmd(path, ReframeCommands.Segments(path)[0]);

        Assert.Equal("0.000000 crop@c x 10, crop@c y 0;\n0.060000 crop@c x 14, crop@c y 2;\n", text);
    }

    [Fact]
    public void Blur_padding_splits_scales_blurs_and_overlays_the_fitted_window()
    {
        var path = DiscPaths.Following(Disc, paddedFrom: 25);
        var segments = ReframeCommands.Segments(path);
        var settings = new ExportSettings { OutputPath = "/tmp/o.mp4", Width = 360, Height = 640 };

        var graph = ReframeCommands.FilterGraph(path, segments[1], settings, "/tmp/x/c.cmd");

        Assert.Equal(2, segments.Count);
        Assert.Equal(
            "[0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/x/c.cmd,split[bgsrc][fgsrc];"
            + "[bgsrc]scale=360:640:force_original_aspect_ratio=increase,crop=360:640,boxblur=20:2[bg];"
            + "[fgsrc]crop@c=w=320:h=180:x=0:y=0,scale=360:640:force_original_aspect_ratio=decrease:flags=bicubic[fg];"
            + "[bg][fg]overlay=x=(W-w)/2:y=(H-h)/2,setsar=1,format=yuv420p[v]",
            graph);
    }

    [Fact]
    public void Solid_padding_pads_with_the_colour_and_refuses_filter_syntax_in_it()
    {
        var path = DiscPaths.Following(Disc, paddedFrom: 25, padding: PaddingStyle.Solid) with { PaddingColor = "red,drawtext" };
        var settings = new ExportSettings { OutputPath = "/tmp/o.mp4", Width = 360, Height = 640 };

        var graph = ReframeCommands.FilterGraph(path, ReframeCommands.Segments(path)[1], settings, "/tmp/c.cmd");

        Assert.EndsWith("pad=360:640:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p[v]", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sendcmd_path_with_graph_syntax_is_refused()
    {
        var path = DiscPaths.Following(Disc);
        var settings = new ExportSettings { OutputPath = "/tmp/o.mp4", Width = 360, Height = 640 };

        Assert.Throws<ArgumentException>(() => ReframeCommands.FilterGraph(path, ReframeCommands.Segments(path)[0], settings, "/tmp/a,b;c.cmd"));
    }

    [Theory]
    [InlineData(9, 16, 1920, 1080, 1920)]
    [InlineData(1, 1, 1080, 1080, 1080)]
    [InlineData(4, 5, 1350, 1080, 1350)]
    [InlineData(16, 9, 1080, 1920, 1080)]
    public void An_export_height_gives_the_width_of_the_aspect(int aw, int ah, int height, int w, int h)
    {
        var settings = ExportSettings.AtHeight(new AspectRatio(aw, ah), height, "/tmp/o.mp4");

        Assert.Equal((w, h), (settings.Width, settings.Height));
    }

    [Theory]
    [InlineData(1920, 1080, 9, 16, 1080, 1920)]
    [InlineData(320, 180, 9, 16, 202, 360)]
    [InlineData(160, 120, 1, 1, 240, 240)]
    public void The_default_export_follows_the_source(int sw, int sh, int aw, int ah, int w, int h)
    {
        var settings = ExportSettings.Default(new AspectRatio(aw, ah), new(sw, sh), "/tmp/o.mp4");

        Assert.Equal((w, h), (settings.Width, settings.Height));
    }
}
