using WebAttention.Core.Media;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>What the export dialog collects; builds the <see cref="ExportRequest"/>.</summary>
public sealed class ExportChoice
{
    /// <summary>Output heights offered besides the default, tallest first.</summary>
    public static IReadOnlyList<int> Heights { get; } = [2160, 1920, 1440, 1080, 720];

    /// <summary>Padding styles the renderer knows.</summary>
    public static IReadOnlyList<string> PaddingStyles { get; } = ["blur", "solid"];

    /// <summary>Aspects ticked for export.</summary>
    public HashSet<string> Aspects { get; } = new(StringComparer.Ordinal);

    /// <summary>Output height in pixels; null for the default of <see cref="ExportSize"/> (per aspect, from the source).</summary>
    public int? Height { get; set; }

    /// <summary>Padding style: blur or solid.</summary>
    public string Padding { get; set; } = "blur";

    /// <summary>Whether the request can be sent (at least one aspect).</summary>
    public bool IsValid => Aspects.Count > 0 && Height is null or > 0;

    /// <summary>The request, aspects in the order they are offered in <paramref name="offered"/>.</summary>
    public ExportRequest ToRequest(IEnumerable<string> offered) =>
        new([.. offered.Where(Aspects.Contains)], Height, Padding);

    /// <summary>
    /// What the export of <paramref name="aspect"/> will be with this choice, in words: the default and why (from
    /// <paramref name="source"/>), or the size at the chosen height; null for an aspect that does not parse.
    /// </summary>
    public string? Describe(string aspect, FrameSize source)
    {
        if (AspectRatio.TryParse(aspect) is not { } ratio)
        {
            return null;
        }
        if (Height is { } h)
        {
            var size = ExportSize.AtHeight(h, ratio.Width, ratio.Height);
            return $"{size.Width}×{size.Height}";
        }
        return source.Width > 0 && source.Height > 0
            ? ExportSize.Default(source, ratio.Width, ratio.Height).Explain()
            : "the size the source supports";
    }
}
