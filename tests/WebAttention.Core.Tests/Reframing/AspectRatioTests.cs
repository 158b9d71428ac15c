using System.Text.Json;
using WebAttention.Core.Reframing;

namespace WebAttention.Core.Tests.Reframing;

/// <summary>The one aspect ratio type of the server, the CLI and the studio (it was two, with different limits).</summary>
public sealed class AspectRatioTests
{
    [Theory]
    [InlineData("9:16", 9, 16)]
    [InlineData("18x32", 9, 16)]
    [InlineData("4/5", 4, 5)]
    [InlineData(" 21x9 ", 21, 9)]
    [InlineData("21 : 9", 21, 9)]
    public void Aspect_ratios_parse_and_reduce(string text, int w, int h)
    {
        Assert.Equal(new AspectRatio(w, h), AspectRatio.Parse(text));
        Assert.Equal(new AspectRatio(w, h), AspectRatio.TryParse(text));
        Assert.Equal(new AspectRatio(w, h), AspectRatio.TryParseTyped(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9:0")]
    [InlineData("0:1")]
    [InlineData("-9:16")]
    [InlineData("wide")]
    [InlineData("a:b")]
    [InlineData("1:2:3")]
    [InlineData("10001:1")]
    public void Bad_aspect_ratios_are_refused(string text)
    {
        Assert.False(AspectRatio.TryParse(text, out _));
        Assert.Null(AspectRatio.TryParse(text));
        Assert.Null(AspectRatio.TryParseTyped(text));
        Assert.Throws<FormatException>(() => AspectRatio.Parse(text));
    }

    [Theory]
    [InlineData("1080x1920", 9, 16)]
    [InlineData("101:100", 101, 100)]
    [InlineData("10000:1", 10000, 1)]
    public void A_frame_size_or_a_large_term_is_a_ratio_but_not_one_typed_into_the_studio(string text, int w, int h)
    {
        Assert.Equal(new AspectRatio(w, h), AspectRatio.TryParse(text));
        Assert.Null(AspectRatio.TryParseTyped(text));
    }

    [Fact]
    public void Terms_up_to_100_may_be_typed()
    {
        Assert.Equal(new AspectRatio(100, 1), AspectRatio.TryParseTyped("100:1"));
        Assert.Null(AspectRatio.TryParseTyped("1:101"));
    }

    [Fact]
    public void The_presets_are_the_platform_ratios_in_the_studios_order() =>
        Assert.Equal(["9:16", "1:1", "4:5", "16:9"], AspectRatio.Presets.Select(a => a.ToString()));

    [Fact]
    public void Json_writes_and_reads_the_colon_form()
    {
        var json = JsonSerializer.Serialize(new AspectRatio(18, 32));

        Assert.Equal("\"9:16\"", json);
        Assert.Equal(AspectRatio.Portrait9x16, JsonSerializer.Deserialize<AspectRatio>(json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AspectRatio>("\"wide\""));
    }
}
