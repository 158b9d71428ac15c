using System.Globalization;

namespace WebAttention.Media.Probing;

/// <summary>File sizes for messages: "512 KB", "5.2 GB" (powers of 1024, as file managers show).</summary>
public static class ByteText
{
    private static readonly string[] Units = ["bytes", "KB", "MB", "GB", "TB"];

    /// <summary>Formats <paramref name="bytes"/> with one decimal above 10 units' worth trimmed.</summary>
    public static string Format(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var rounded = unit == 0 || value >= 10 ? Math.Round(value) : Math.Round(value, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{rounded} {Units[unit]}");
    }
}
