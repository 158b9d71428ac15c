using WebAttention.Core.Reframing;

namespace WebAttention.Client.Studio;

/// <summary>What the export dialog collects; builds the <see cref="ExportRequest"/>.</summary>
public sealed class ExportChoice
{
    /// <summary>Output heights offered, tallest first.</summary>
    public static IReadOnlyList<int> Heights { get; } = [2160, 1920, 1440, 1080, 720];

    /// <summary>Padding styles the renderer knows.</summary>
    public static IReadOnlyList<string> PaddingStyles { get; } = ["blur", "solid"];

    /// <summary>Aspects ticked for export.</summary>
    public HashSet<string> Aspects { get; } = new(StringComparer.Ordinal);

    /// <summary>Output height in pixels.</summary>
    public int Height { get; set; } = 1920;

    /// <summary>Padding style: blur or solid.</summary>
    public string Padding { get; set; } = "blur";

    /// <summary>Whether the request can be sent (at least one aspect).</summary>
    public bool IsValid => Aspects.Count > 0 && Height > 0;

    /// <summary>The request, aspects in the order they are offered in <paramref name="offered"/>.</summary>
    public ExportRequest ToRequest(IEnumerable<string> offered) =>
        new([.. offered.Where(Aspects.Contains)], Height, Padding);
}
