using System.Globalization;

namespace WebAttention.Core.Reframing;

/// <summary>
/// A target aspect ratio W:H (9:16, 1:1, 4:5, 16:9 or any other), reduced to lowest terms. One type for the server, the
/// CLI and the studio. Two limits: any term up to <see cref="MaxTerm"/> is a ratio (what the server and the CLI accept, e.g.
/// a frame size such as 1080x1920), while a ratio a person types into the studio's field has terms up to
/// <see cref="MaxTypedTerm"/> (<see cref="TryParseTyped"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AspectRatioJsonConverter))]
public readonly record struct AspectRatio
{
    /// <summary>Creates W:H; both sides positive (reduced: 18:32 becomes 9:16).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is not positive or above <see cref="MaxTerm"/>.</exception>
    public AspectRatio(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxTerm);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxTerm);
        var gcd = Gcd(width, height);
        Width = width / gcd;
        Height = height / gcd;
    }

    /// <summary>Largest term of any ratio (a frame size such as 3840x2160 is a ratio too; it reduces to 16:9).</summary>
    public const int MaxTerm = 10000;

    /// <summary>
    /// Largest term of a ratio typed into the studio's field. Ratios people name have small terms (21:9, 4:5, 2:1); a
    /// bigger term there is nearly always a slip (a frame size or a decimal typed as digits), so the field refuses it and
    /// says how to write one, instead of queuing a reframe for a shape nobody asked for.
    /// </summary>
    public const int MaxTypedTerm = 100;

    /// <summary>Vertical video (TikTok, Reels, Shorts).</summary>
    public static AspectRatio Portrait9x16 { get; } = new(9, 16);

    /// <summary>Square.</summary>
    public static AspectRatio Square { get; } = new(1, 1);

    /// <summary>Instagram portrait feed.</summary>
    public static AspectRatio Portrait4x5 { get; } = new(4, 5);

    /// <summary>Landscape HD.</summary>
    public static AspectRatio Landscape16x9 { get; } = new(16, 9);

    /// <summary>The platform presets, in the order the studio offers them: 9:16, 1:1, 4:5, 16:9.</summary>
    public static IReadOnlyList<AspectRatio> Presets { get; } = [Portrait9x16, Square, Portrait4x5, Landscape16x9];

    /// <summary>Width term.</summary>
    public int Width { get; }

    /// <summary>Height term.</summary>
    public int Height { get; }

    /// <summary>Width / height.</summary>
    public double Value => (double)Width / Height;

    /// <summary>The ratio in file names: <c>9x16</c> (a colon is not allowed in Windows names).</summary>
    public string FileTag => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");

    /// <summary>Parses <c>9:16</c>, <c>9x16</c> or <c>9/16</c>.</summary>
    /// <exception cref="FormatException">The text is not W:H with positive integers.</exception>
    public static AspectRatio Parse(string text) =>
        TryParse(text, out var ratio) ? ratio : throw new FormatException($"'{text}' is not an aspect ratio like 9:16.");

    /// <summary>Parses <c>9:16</c>, <c>9x16</c> or <c>9/16</c> (terms up to <see cref="MaxTerm"/>); false when the text is not one.</summary>
    public static bool TryParse(string? text, out AspectRatio ratio) => TryParse(text, MaxTerm, out ratio);

    /// <summary>Parses <c>9:16</c>, <c>9x16</c> or <c>9/16</c> (terms up to <see cref="MaxTerm"/>); null when the text is not one.</summary>
    public static AspectRatio? TryParse(string? text) => TryParse(text, MaxTerm, out var ratio) ? ratio : null;

    /// <summary>A ratio a person typed: as <see cref="TryParse(string?)"/> with terms up to <see cref="MaxTypedTerm"/>; null otherwise.</summary>
    public static AspectRatio? TryParseTyped(string? text) => TryParse(text, MaxTypedTerm, out var ratio) ? ratio : null;

    private static bool TryParse(string? text, int maxTerm, out AspectRatio ratio)
    {
        ratio = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split([':', 'x', 'X', '/'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || w <= 0 || w > maxTerm || h <= 0 || h > maxTerm)
        {
            return false;
        }

        ratio = new AspectRatio(w, h);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}:{Height}");

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
