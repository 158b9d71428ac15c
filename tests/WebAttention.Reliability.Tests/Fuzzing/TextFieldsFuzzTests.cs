using CsCheck;
using WebAttention.Core.Reframing;
using WebAttention.Media.Processes;
using WebAttention.Server.Reframing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// Short fields people and processes type: aspect ratios (API, CLI, studio), preset and padding names, ffmpeg's progress
/// lines. Any text parses to a value or to false/null with a message, and a ratio written is read back equal.
/// </summary>
public sealed class TextFieldsFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<string> RatioLike = Gen.Select(
        Gen.OneOf("", "0", "1", "9", "16", "-1", "+3", "10000", "10001", "2147483648", "1.5", " 4", "٣", "1e3"),
        Gen.OneOf(":", "x", "/", "X", "::", " ", ""),
        Gen.OneOf("", "0", "1", "9", "16", "-1", "10000", "99999999999", "4 ", "\u0000"),
        (a, s, b) => a + s + b);

    [Fact]
    public void Any_text_is_an_aspect_ratio_or_a_clear_no()
    {
        Fuzz.Run(output, "aspect ratio text (API, CLI, studio)", "any text, ratio-like text", Gen.OneOf(JsonFuzz.Text, RatioLike), text =>
        {
            if (AspectRatio.TryParse(text) is { } ratio)
            {
                Assert.InRange(ratio.Width, 1, AspectRatio.MaxTerm);
                Assert.InRange(ratio.Height, 1, AspectRatio.MaxTerm);
            }

            _ = AspectRatio.TryParseTyped(text);
            if (!ReframeInput.TryParseAspect(text, out _, out var error))
            {
                Assert.False(string.IsNullOrWhiteSpace(error));
            }

            if (!ReframeInput.TryParsePreset(text, out _, out var presetError))
            {
                Assert.False(string.IsNullOrWhiteSpace(presetError));
            }

            if (!ReframeInput.TryParsePadding(text, out _, out var paddingError))
            {
                Assert.False(string.IsNullOrWhiteSpace(paddingError));
            }
        }, Fuzz.Show);
    }

    [Fact]
    public void A_ratio_written_is_read_back_equal() =>
        Fuzz.Run(output, "aspect ratio text (API, CLI, studio)", "round trip of valid ratios", Gen.Select(Gen.Int[1, AspectRatio.MaxTerm], Gen.Int[1, AspectRatio.MaxTerm]), wh =>
        {
            var ratio = new AspectRatio(wh.Item1, wh.Item2);
            Assert.Equal(ratio, AspectRatio.Parse(ratio.ToString()));
            Assert.Equal(ratio, AspectRatio.Parse(ratio.FileTag));
            var json = System.Text.Json.JsonSerializer.Serialize(ratio);
            Assert.Equal(ratio, System.Text.Json.JsonSerializer.Deserialize<AspectRatio>(json));
        }, wh => $"{wh.Item1}:{wh.Item2}");

    [Fact]
    public void Any_progress_line_gives_a_count_a_fraction_or_false()
    {
        var lines = Gen.Select(Gen.OneOf("frame=", "out_time_us=", "fps=", ""), Gen.OneOf(JsonFuzz.Text, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.OneOf("N/A", "-9223372036854775808", "99999999999999999999")), (k, v) => k + v);
        Fuzz.Run(output, "ffmpeg -progress lines", "key=any value", Gen.Select(lines, Gen.Long[-5, long.MaxValue / 1000]), c =>
        {
            FfmpegProgress.TryFrame(c.Item1, out _);
            if (FfmpegProgress.TryFraction(c.Item1, TimeSpan.FromTicks(Math.Max(c.Item2, 0)), out var fraction))
            {
                Assert.InRange(fraction, 0, 1);
            }
        }, c => $"{Fuzz.Show(c.Item1)} / {c.Item2} ticks");
    }
}
