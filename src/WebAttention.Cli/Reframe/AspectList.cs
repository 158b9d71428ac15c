using WebAttention.Cli.Commands;
using WebAttention.Core.Reframing;

namespace WebAttention.Cli.Reframe;

/// <summary>Parses the <c>--aspect</c> value: one or more W:H ratios separated by commas (<c>9:16,1:1</c>).</summary>
public static class AspectList
{
    /// <summary>The ratios in the order given, duplicates dropped (18:32 equals 9:16).</summary>
    /// <exception cref="CliInputException">A usage error naming the entry that is not a ratio.</exception>
    public static IReadOnlyList<AspectRatio> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CliInputException.Usage("--aspect needs at least one ratio, e.g. 9:16 or 9:16,1:1.");
        }

        var ratios = new List<AspectRatio>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!AspectRatio.TryParse(part, out var ratio))
            {
                throw CliInputException.Usage($"--aspect: '{part}' is not an aspect ratio; use W:H with positive whole numbers up to 10000, e.g. 9:16, 1:1, 4:5 or 16:9.");
            }

            if (!ratios.Contains(ratio))
            {
                ratios.Add(ratio);
            }
        }

        return ratios;
    }
}
