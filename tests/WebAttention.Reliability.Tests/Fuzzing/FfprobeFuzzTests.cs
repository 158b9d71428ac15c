using CsCheck;
using WebAttention.Media.Probing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>The ffprobe JSON parser is lenient by contract: any text gives a report or null, never an exception.</summary>
public sealed class FfprobeFuzzTests(ITestOutputHelper output)
{
    private const string Phone = """
        {"streams":[{"index":0,"codec_name":"h264","codec_type":"video","width":1920,"height":1080,"sample_aspect_ratio":"1:1",
        "r_frame_rate":"30000/1001","avg_frame_rate":"30000/1001","duration":"12.345","nb_frames":"370",
        "disposition":{"default":1,"attached_pic":0},"tags":{"rotate":"90"},
        "side_data_list":[{"side_data_type":"Display Matrix","rotation":-90}]},
        {"index":1,"codec_name":"aac","codec_type":"audio","duration":"12.3"}],
        "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"12.345000"}}
        """;

    private const string Pal = """
        {"streams":[{"codec_name":"dvvideo","codec_type":"video","width":720,"height":576,"sample_aspect_ratio":"16:15",
        "r_frame_rate":"25/1","avg_frame_rate":"0/0","nb_frames":"N/A"},{"codec_type":"video","codec_name":"mjpeg","width":300,"height":300,
        "disposition":{"attached_pic":1}}],"format":{"format_name":"dv","duration":"N/A"}}
        """;

    private static readonly string[] Keys =
        ["streams", "format", "format_name", "duration", "codec_type", "codec_name", "width", "height", "sample_aspect_ratio", "r_frame_rate",
         "avg_frame_rate", "nb_frames", "disposition", "attached_pic", "tags", "rotate", "side_data_list", "rotation", "video"];

    [Fact]
    public void Any_text_gives_a_report_or_null() =>
        Fuzz.Run(output, "ffprobe JSON", "any text", JsonFuzz.Text, t => FfprobeJsonParser.Parse(t), Fuzz.Show);

    [Fact]
    public void JSON_token_soup_gives_a_report_or_null() =>
        Fuzz.Run(output, "ffprobe JSON", "token soup", JsonFuzz.Tokens(Keys), t => FfprobeJsonParser.Parse(t), Fuzz.Show);

    [Fact]
    public void Mutated_reports_give_a_report_or_null() =>
        Fuzz.Run(output, "ffprobe JSON", "mutated documents", JsonFuzz.Mutated(Phone, Pal), t => FfprobeJsonParser.Parse(t), Fuzz.Show);

    [Fact]
    public void Any_rate_or_sample_aspect_text_parses_to_a_finite_positive_value_or_nothing()
    {
        var rates = Gen.OneOf(JsonFuzz.Text, Gen.Select(Gen.OneOf(JsonFuzz.Tokens("/", ":", "-", "e")), Gen.OneOf(JsonFuzz.Tokens("/", ":")), (a, b) => $"{a}/{b}"));
        Fuzz.Run(output, "ffprobe rate / SAR", "any text, a/b", rates, t =>
        {
            if (FfprobeJsonParser.ParseRate(t) is { } rate)
            {
                Assert.True(double.IsFinite(rate) && rate > 0, $"rate {rate}");
            }

            var sar = FfprobeJsonParser.ParseSampleAspect(t);
            Assert.InRange(sar, 0.1, 10);
        }, Fuzz.Show);
    }

    // Regression (any text, a/b; CsCheck seed 8pYMyWdSCIk3): an infinite denominator gave a rate of 0.
    [Fact]
    public void A_rate_over_an_infinite_denominator_is_no_rate() =>
        Assert.Null(FfprobeJsonParser.ParseRate("9223372036854775807/1e999"));

    // Regression (any text, shrunk): a lone surrogate made JsonDocument throw ArgumentException instead of giving null.
    [Fact]
    public void A_lone_surrogate_is_not_a_report() =>
        Assert.Null(FfprobeJsonParser.Parse("\udd50"));

    // Regression (mutated documents, shrunk): a stream entry that is not an object threw InvalidOperationException.
    [Fact]
    public void A_stream_entry_that_is_not_an_object_is_skipped()
    {
        var report = FfprobeJsonParser.Parse("""{"streams":[false,{"codec_type":"audio","codec_name":"aac"}],"format":{"duration":"1"}}""");
        Assert.NotNull(report);
        Assert.Equal("aac", Assert.Single(report.Streams).CodecName);
    }

    // Regression (mutated documents): a display-matrix rotation given as a string threw InvalidOperationException.
    [Fact]
    public void A_rotation_that_is_not_a_number_is_ignored()
    {
        var report = FfprobeJsonParser.Parse("""{"streams":[{"codec_type":"video","width":4,"height":2,"side_data_list":[{"rotation":"x"}]}]}""");
        Assert.NotNull(report);
        Assert.Equal(4, report.Streams[0].Width);
    }

    // Regression: a "rotate" tag of int.MinValue made Math.Abs throw OverflowException (found by the mutated generator).
    [Fact]
    public void A_rotate_tag_of_int_min_value_is_no_crash()
    {
        var report = FfprobeJsonParser.Parse("""{"streams":[{"codec_type":"video","width":4,"height":2,"tags":{"rotate":"-2147483648"}}]}""");
        Assert.NotNull(report);
        Assert.Equal(4, report.Streams[0].Width);
    }
}
