using WebAttention.Media.Probing;

namespace WebAttention.Media.Tests.Probing;

public class FfprobeJsonParserTests
{
    private static FfprobeReport Fixture(string name) =>
        FfprobeJsonParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Probing", "Fixtures", name)))
        ?? throw new InvalidOperationException("fixture did not parse");

    [Fact]
    public void Saved_mp4_output_gives_container_and_both_streams()
    {
        var report = Fixture("cockatoo.ffprobe.json");

        Assert.Equal("mov,mp4,m4a,3gp,3g2,mj2", report.FormatName);
        Assert.Equal(TimeSpan.FromSeconds(14), report.Duration);
        var video = Assert.Single(report.Streams, s => s.IsVideo);
        Assert.Equal(("h264", 1280, 720, 20.0, 280L), (video.CodecName, video.Width, video.Height, video.FrameRate!.Value, video.FrameCount!.Value));
        Assert.Contains(report.Streams, s => s.CodecType == "audio");
    }

    [Fact]
    public void Audio_first_files_still_find_the_video_stream()
    {
        var report = Fixture("audio-first.ffprobe.json");

        Assert.Equal("audio", report.Streams[0].CodecType);
        var video = Assert.Single(report.Streams, s => s.IsVideo);
        Assert.Equal((568, 320, 243L), (video.Width, video.Height, video.FrameCount!.Value));
    }

    [Fact]
    public void Variable_rate_phone_clip_uses_the_average_rate()
    {
        var video = Fixture("phone-vfr.ffprobe.json").Streams.First(s => s.IsVideo);

        Assert.Equal(369000.0 / 13657, video.FrameRate!.Value, 6);
    }

    [Fact]
    public void Rotated_clip_reports_display_size()
    {
        var video = Fixture("rotated.ffprobe.json").Streams.First(s => s.IsVideo);

        Assert.Equal((180, 320), (video.Width, video.Height));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Non_json_gives_null(string text)
    {
        Assert.Null(FfprobeJsonParser.Parse(text));
    }

    [Fact]
    public void Missing_fields_become_empty_not_exceptions()
    {
        var report = FfprobeJsonParser.Parse("""{"streams":[{"codec_type":"video","width":"x"}]}""");

        Assert.NotNull(report);
        Assert.Equal(string.Empty, report.FormatName);
        Assert.Null(report.Duration);
        Assert.Equal((0, (double?)null, (long?)null), (report.Streams[0].Width, report.Streams[0].FrameRate, report.Streams[0].FrameCount));
    }

    [Theory]
    [InlineData("30000/1001", 29.97002997)]
    [InlineData("25/1", 25.0)]
    [InlineData("25", 25.0)]
    [InlineData("0/0", null)]
    [InlineData("1/0", null)]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void Rates_parse_as_fractions(string? text, double? expected)
    {
        var rate = FfprobeJsonParser.ParseRate(text);

        if (expected is null)
        {
            Assert.Null(rate);
        }
        else
        {
            Assert.Equal(expected.Value, rate!.Value, 6);
        }
    }

    [Fact]
    public void Non_square_pixels_give_the_square_pixel_display_size()
    {
        var video = FfprobeJsonParser.Parse("""
            {"streams":[{"codec_type":"video","codec_name":"h264","width":720,"height":576,
              "sample_aspect_ratio":"16:15","display_aspect_ratio":"4:3","avg_frame_rate":"25/1"}]}
            """)!.Streams[0];

        Assert.Equal((768, 576), (video.Width, video.Height));
        Assert.Equal(16.0 / 15, video.SampleAspect, 9);
    }

    [Fact]
    public void A_rotated_clip_with_non_square_pixels_widens_before_it_turns()
    {
        var video = FfprobeJsonParser.Parse("""
            {"streams":[{"codec_type":"video","width":720,"height":480,"sample_aspect_ratio":"8:9",
              "avg_frame_rate":"30000/1001","side_data_list":[{"rotation":-90}]}]}
            """)!.Streams[0];

        Assert.Equal((480, 640), (video.Width, video.Height));
    }

    [Theory]
    [InlineData("16:15", 16.0 / 15)]
    [InlineData("64:45", 64.0 / 45)]
    [InlineData("1:1", 1.0)]
    [InlineData("0:1", 1.0)]
    [InlineData("N/A", 1.0)]
    [InlineData("1000:1", 1.0)]
    [InlineData(null, 1.0)]
    public void Sample_aspect_ratios_parse_with_unknown_as_square(string? text, double expected)
    {
        Assert.Equal(expected, FfprobeJsonParser.ParseSampleAspect(text), 9);
    }
}
