using System.Globalization;

namespace WebAttention.Pipeline.Reframing.Model;

/// <summary>A target aspect ratio W:H (9:16, 1:1, 4:5, 16:9 or any other), reduced to lowest terms.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AspectRatioJsonConverter))]
public readonly record struct AspectRatio
{
    /// <summary>Creates W:H; both sides positive (reduced: 18:32 becomes 9:16).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is not positive or above 10000.</exception>
    public AspectRatio(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 10000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 10000);
        var gcd = Gcd(width, height);
        Width = width / gcd;
        Height = height / gcd;
    }

    /// <summary>Vertical video (TikTok, Reels, Shorts).</summary>
    public static AspectRatio Portrait9x16 { get; } = new(9, 16);

    /// <summary>Square.</summary>
    public static AspectRatio Square { get; } = new(1, 1);

    /// <summary>Instagram portrait feed.</summary>
    public static AspectRatio Portrait4x5 { get; } = new(4, 5);

    /// <summary>Landscape HD.</summary>
    public static AspectRatio Landscape16x9 { get; } = new(16, 9);

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

    /// <summary>Parses <c>9:16</c>, <c>9x16</c> or <c>9/16</c>; false when the text is not one.</summary>
    public static bool TryParse(string? text, out AspectRatio ratio)
    {
        ratio = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(':', 'x', 'X', '/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || w is <= 0 or > 10000 || h is <= 0 or > 10000)
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
