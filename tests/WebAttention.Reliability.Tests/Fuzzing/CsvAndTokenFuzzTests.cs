using CsCheck;
using WebAttention.Server.Review;
using WebAttention.Training.Datasets;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// The CSV readers (eye-tracking datasets: OSIE <c>fixations.csv</c>, ASCMN gaze files) and share-link tokens. A CSV gives
/// rows of finite numbers or <see cref="InvalidDataException"/>; any text is or is not a token's shape, never an exception.
/// </summary>
public sealed class CsvAndTokenFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.OneOf("", "1", "0", "-1", "12.5", "1e999", "-1e999", "NaN", "Infinity", "-Infinity", "∞", "2147483648", "0x10", " 3", "a", "\"1\"", "1,5"),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    // Mostly four cells, the shape both readers expect, so odd values reach the number checks.
    private static readonly Gen<string> Row = Gen.Frequency((3, Cell.Array[4, 4]), (1, Cell.Array[0, 6])).Select(cells => string.Join(',', cells));

    [Fact]
    public void Osie_fixations_give_finite_fixations_or_InvalidDataException()
    {
        var files = Gen.Select(Gen.OneOf("image,subject,x,y", "image,subject,x,y,duration_ms", "frame", ""), Gen.OneOf(Row, JsonFuzz.Text).Array[0, 12], (h, rows) => (string[])[h, .. rows]);
        Fuzz.Run(output, "OSIE fixations.csv", "rows of odd cells, any text", files, lines =>
        {
            foreach (var fixation in OsieDataset.ParseFixations(lines).Values.SelectMany(f => f))
            {
                Assert.True(double.IsFinite(fixation.X) && double.IsFinite(fixation.Y), $"fixation at {fixation.X},{fixation.Y}");
            }
        }, lines => Fuzz.Show(string.Join("\n", lines)), typeof(InvalidDataException));
    }

    [Fact]
    public void Ascmn_gaze_gives_finite_samples_or_InvalidDataException()
    {
        var files = Gen.Select(Gen.OneOf("frame_1based,subject,x_px,y_px", "frame", "x"), Gen.OneOf(Row, JsonFuzz.Text).Array[0, 12], (h, rows) => string.Join('\n', [h, .. rows]));
        Fuzz.Run(output, "ASCMN gaze CSV", "rows of odd cells, any text", files, text =>
        {
            foreach (var sample in AscmnDataset.ParseAsync(new StringReader(text), "gaze.csv", CancellationToken.None).GetAwaiter().GetResult())
            {
                Assert.True(sample.Frame >= 0 && double.IsFinite(sample.X) && double.IsFinite(sample.Y) && sample.X >= 0 && sample.Y >= 0, $"sample {sample}");
            }
        }, Fuzz.Show, typeof(InvalidDataException));
    }

    // Regression (shrunk): "NaN" passed the 1-based check (NaN < 1 is false) and became a gaze sample at NaN.
    [Fact]
    public void A_gaze_row_of_NaN_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => AscmnDataset.ParseAsync(new StringReader("frame_1based,subject,x_px,y_px\n1,1,NaN,5"), "gaze.csv", CancellationToken.None).GetAwaiter().GetResult());

    // Regression (shrunk): an infinite coordinate ("1e999") was read as a fixation.
    [Fact]
    public void A_fixation_at_infinity_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => OsieDataset.ParseFixations(["image,subject,x,y", "a.jpg,1,1e999,2"]));

    [Fact]
    public void Any_text_is_or_is_not_a_share_token_and_new_tokens_are()
    {
        var texts = Gen.OneOf(JsonFuzz.Text, Gen.Char["abcXYZ019-_+/=."].Array[40, 46].Select(c => new string(c)), Gen.Const(0).Select(_ => ShareTokens.New()));
        Fuzz.Run(output, "share-link token", "any text, near-tokens, new tokens", texts, token =>
        {
            if (ShareTokens.LooksValid(token))
            {
                Assert.Equal(43, token.Length);
                Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
            }

            Assert.Matches("^[0-9a-f]{64}$", ShareTokens.Hash(token));
            Assert.True(ShareTokens.LooksValid(ShareTokens.New()));
        }, Fuzz.Show);
    }
}
