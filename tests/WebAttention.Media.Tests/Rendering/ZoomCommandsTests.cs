using WebAttention.Core.Reframing;
using WebAttention.Media.Rendering;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Tests.Rendering;

public class ZoomCommandsTests
{
    private static readonly ExportSettings Export = new() { OutputPath = "/tmp/o.mp4", Width = 180, Height = 320 };

    [Fact]
    public void A_window_as_large_as_the_box_scales_the_box_to_the_export_size_with_no_offset()
    {
        var layout = ZoomLayout.Unpadded(new CropWindow(40, 0, 101, 180), (101, 180), 320, 180, 180, 320);

        // 101x180 is 1 px wider than 9:16: s covers (180/101), the extra 2 rows fall off the bottom.
        Assert.Equal(new FrameLayout(40, 0, 180, 322, 0, 0), layout);
    }

    [Fact]
    public void A_half_size_window_centres_the_box_on_it_scales_it_twice_and_offsets_the_export_window()
    {
        // Window 50x90 at (100,40) in a 100x180 box: box at (75,0) (y clamped), s = 3.6 (180/50; 320/90 = 3.56).
        var layout = ZoomLayout.Unpadded(new CropWindow(100, 40, 50, 90), (100, 180), 320, 180, 180, 320);

        Assert.Equal(new FrameLayout(75, 0, 360, 648, 90, 144), layout);
    }

    [Fact]
    public void A_box_near_the_edge_is_clamped_inside_the_source_and_the_offset_follows()
    {
        var layout = ZoomLayout.Unpadded(new CropWindow(300, 0, 20, 36), (100, 180), 320, 180, 180, 320);

        Assert.Equal(220, layout.BoxX);
        Assert.Equal((int)Math.Round(80 * 9.0), layout.OffsetX);
        Assert.True(layout.OffsetX + 180 <= layout.ScaledWidth);
    }

    [Fact]
    public void Padded_windows_fit_inside_the_export_frame_with_even_sides()
    {
        Assert.Equal((180, 102), ZoomLayout.Fit(320, 180, 180, 320));
        Assert.Equal((180, 320), ZoomLayout.Fit(90, 160, 180, 320));
    }

    [Fact]
    public void Sendcmd_sets_only_what_changed_half_a_frame_before_each_frame()
    {
        var path = ZoomPaths.Ramp(320, 180, 3, 25, 1) with
        {
            Frames = [new(40, 0, 100, 180), new(40, 0, 100, 180), new(100, 40, 50, 90)],
        };

        var text = ZoomCommands.SendCmd(path, Export);

        Assert.Equal(
            "0.000000 crop@c x 40, crop@c y 0, scale@z w 180, scale@z h 324, crop@o x 0, crop@o y 0;\n"
            + "0.060000 crop@c x 75, scale@z w 360, scale@z h 648, crop@o x 90, crop@o y 144;\n",
            text);
    }

    [Fact]
    public void A_zoom_path_without_padding_is_box_crop_then_scale_then_export_window_crop()
    {
        var path = ZoomPaths.Ramp(320, 180, 3, 25, 1) with
        {
            Frames = [new(40, 0, 100, 180), new(100, 40, 50, 90), new(100, 40, 50, 90)],
        };

        var graph = ZoomCommands.FilterGraph(path, Export, "/tmp/x/zoom.cmd");

        Assert.Equal(
            "[0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/x/zoom.cmd,crop@c=w=100:h=180:x=40:y=0:exact=1,scale@z=w=180:h=324:flags=bicubic,"
            + "crop@o=w=180:h=320:x=0:y=0:exact=1,setsar=1,format=yuv420p[v]",
            graph);
    }

    [Fact]
    public void Padded_frames_overlay_their_fitted_window_on_the_blurred_background_only_where_they_are()
    {
        var path = ZoomPaths.Ramp(320, 180, 4, 25, 1) with
        {
            Frames = [new(40, 0, 100, 180), new(0, 0, 320, 180, true), new(40, 0, 100, 180), new(0, 0, 320, 180, true)],
        };

        var graph = ZoomCommands.FilterGraph(path, Export, "/tmp/z.cmd");
        var commands = ZoomCommands.SendCmd(path, Export);

        Assert.Equal(
            "[0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/z.cmd,split=3[bgsrc][s0][s1];"
            + "[bgsrc]scale=180:320:force_original_aspect_ratio=increase,crop=180:320,boxblur=20:2:enable='between(n,1,1)+between(n,3,3)'[l0];"
            + "[s0]crop@c=w=100:h=180:x=40:y=0:exact=1,scale@z=w=180:h=324:flags=bicubic[z];"
            + "[l0][z]overlay@o=x=0:y=0:enable='between(n,0,0)+between(n,2,2)'[l1];"
            + "[s1]crop@p0=w=320:h=180:x=0:y=0:exact=1,scale=180:102:flags=bicubic[p0];"
            + "[l1][p0]overlay=x=(W-w)/2:y=(H-h)/2:enable='between(n,1,1)+between(n,3,3)'[l2];"
            + "[l2]setsar=1,format=yuv420p[v]",
            graph);
        Assert.Equal(
            "0.000000 crop@c x 40, crop@c y 0, scale@z w 180, scale@z h 324, overlay@o x 0, overlay@o y 0;\n0.020000 crop@p0 x 0, crop@p0 y 0;\n",
            commands);
    }

    [Fact]
    public void Solid_padding_paints_the_background_with_a_safe_colour()
    {
        var path = ZoomPaths.Ramp(320, 180, 4, 25, 2, paddedFrom: 2, padding: PaddingStyle.Solid) with { PaddingColor = "red,drawtext" };

        var graph = ZoomCommands.FilterGraph(path, Export, "/tmp/z.cmd");

        Assert.Contains("[bgsrc]crop=2:2:0:0,scale=180:320:flags=neighbor,drawbox=x=0:y=0:w=iw:h=ih:color=black:t=fill[l0]", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sendcmd_path_with_graph_syntax_is_refused()
    {
        var path = ZoomPaths.Ramp(320, 180, 4, 25, 2);

        Assert.Throws<ArgumentException>(() => ZoomCommands.FilterGraph(path, Export, "/tmp/a;b.cmd"));
    }
}
