using System.Text;
using System.Text.RegularExpressions;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Tests.Export;

public partial class ExportTests
{
    private static CropPath Path(double fps = 25) => new()
    {
        Aspect = AspectRatio.Portrait9x16,
        SourceWidth = 1920,
        SourceHeight = 1080,
        FrameRate = fps,
        Weights = PathWeights.For(MotionPreset.Default),
        Shots = [new ShotPlan(0, 0, 2, CameraMode.Steady, 608, 1080, false), new ShotPlan(1, 2, 1, CameraMode.Track, 1500, 1080, true)],
        Keyframes = [new CropKeyframe(1, 700, 540)],
        Frames = [new CropWindow(396, 0, 608, 1080), new CropWindow(396, 0, 608, 1080), new CropWindow(210, 0, 1500, 1080, true)],
        Focus = [new FrameFocus(0, 700, 540, 1), new FrameFocus(1, 700, 540, 1), new FrameFocus(2, 960, 540, 0.5, new PixelRect(300, 200, 1300, 300))],
    };

    [Fact]
    public void The_json_round_trips_and_names_its_file_by_aspect()
    {
        var json = CropPathJson.Serialize(Path());
        var back = CropPathJson.Deserialize(json);

        Assert.Equal("croppath.9x16.json", CropPathJson.FileName(AspectRatio.Portrait9x16));
        Assert.Equal(Path().Frames, back.Frames);
        Assert.Equal(Path().Shots, back.Shots);
        Assert.Equal(Path().Keyframes, back.Keyframes);
        Assert.Equal(Path().Focus, back.Focus);
        var text = Encoding.UTF8.GetString(json);
        Assert.Contains("\"aspect\":\"9:16\"", text, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"Track\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_another_version_or_with_windows_outside_the_frame_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize(CropPathJson.Serialize(Path() with { Version = 2 })));
        var outside = Path() with { Frames = [new CropWindow(1500, 0, 608, 1080), Path().Frames[1], Path().Frames[2]] };
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize(CropPathJson.Serialize(outside)));
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize("{"u8));
    }

    [Fact]
    public void The_csv_has_one_row_a_frame_with_time_and_window()
    {
        var lines = CropPathCsv.Write(Path()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["frame,t,x,y,w,h,padded", "0,0.000000,396,0,608,1080,0", "1,0.040000,396,0,608,1080,0", "2,0.080000,210,0,1500,1080,1"], lines);
    }

    [Theory]
    [InlineData(0, 25, "00:00:00:00")]
    [InlineData(25 * 3661 + 7, 25, "01:01:01:07")]
    [InlineData(1800, 29.97, "00:01:00;02")]
    [InlineData(17982, 29.97, "00:10:00;00")]
    [InlineData(1799, 29.97, "00:00:59;29")]
    [InlineData(3600, 59.94, "00:01:00;04")]
    [InlineData(30, 30, "00:00:01:00")]
    public void Timecodes_follow_smpte_with_drop_frame_for_ntsc_rates(long frame, double fps, string expected)
    {
        Assert.Equal(expected, Timecode.Format(frame, fps));
    }

    [Fact]
    public void The_edl_follows_cmx3600_field_widths_and_timecodes()
    {
        var edl = Cmx3600Edl.Write(Path(), new EdlOptions { Title = "My clip — reframed", ClipName = "clip.mp4" });
        var lines = edl.Split("\r\n");

        Assert.Equal("TITLE: My clip _ reframed", lines[0]);
        Assert.Equal("FCM: NON-DROP FRAME", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal("001  AX       V     C        00:00:00:00 00:00:00:02 00:00:00:00 00:00:00:02", lines[3]);
        Assert.Equal("* FROM CLIP NAME: clip.mp4", lines[4]);
        Assert.Equal("* REFRAME: ASPECT 9:16 MODE STEADY WINDOW 608X1080 PAD NONE", lines[5]);
        Assert.Equal("* REFRAME CENTER IN 700,540 OUT 700,540 OF 1920X1080", lines[6]);
        Assert.Equal("* REFRAME KEYFRAME 00:00:00:01 CENTER 700,540", lines[7]);
        Assert.StartsWith("002  AX       V     C        00:00:00:02 00:00:00:03 ", lines[8], StringComparison.Ordinal);
        Assert.Contains("PAD BLUR", edl, StringComparison.Ordinal);
        foreach (var line in lines.Where(l => char.IsAsciiDigit(l.FirstOrDefault())))
        {
            Assert.Equal(76, line.Length);
            Assert.Matches(EventLine(), line);
        }
    }

    [Fact]
    public void Drop_frame_rates_are_declared_in_the_header()
    {
        Assert.Contains("FCM: DROP FRAME\r\n", Cmx3600Edl.Write(Path(29.97)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d{3}  [A-Z0-9_ ]{8} V     C    \s{3} (\d\d:\d\d:\d\d[:;]\d\d ){3}\d\d:\d\d:\d\d[:;]\d\d$")]
    private static partial Regex EventLine();
}
