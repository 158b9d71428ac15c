using System.Globalization;

namespace WebAttention.Client.Studio;

/// <summary>An output aspect ratio W:H as the server writes it ("9:16").</summary>
/// <param name="Width">Relative width, positive.</param>
/// <param name="Height">Relative height, positive.</param>
public readonly record struct AspectRatio(int Width, int Height)
{
    /// <summary>The platform presets, in the order the studio offers them.</summary>
    public static IReadOnlyList<AspectRatio> Presets { get; } = [new(9, 16), new(1, 1), new(4, 5), new(16, 9)];

    /// <summary>Width divided by height.</summary>
    public double Value => (double)Width / Height;

    /// <summary>Reads "W:H" (also "WxH" and "W/H"); null when it is not two positive integers up to 100.</summary>
    public static AspectRatio? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split([':', 'x', 'X', '/'], StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && w is > 0 and <= 100 && h is > 0 and <= 100
                ? new AspectRatio(w, h)
                : null;
    }

    /// <summary>"W:H".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}:{Height}");
}
