using System.ComponentModel.DataAnnotations;

namespace WebAttention.Reframing.Export;

/// <summary>Names and offsets of a CMX3600 export.</summary>
public sealed record EdlOptions
{
    /// <summary>The configuration section the server binds for exports (<c>Exports:Edl</c>; title and clip name are set per export).</summary>
    public const string SectionName = "Exports:Edl";

    /// <summary>The list's title (printable ASCII, cut to 70 characters).</summary>
    public string Title { get; init; } = "WEBATTENTION REFRAME";

    /// <summary>Source clip file name, written as <c>* FROM CLIP NAME:</c> so the editor can relink it.</summary>
    public string ClipName { get; init; } = "clip.mp4";

    /// <summary>Reel name (1–8 characters of A–Z, 0–9, _); AX is the convention for file-based media.</summary>
    [Required]
    public string Reel { get; init; } = "AX";

    /// <summary>Record (timeline) start, in frames (e.g. 1 h for 01:00:00:00 timelines). Default 0.</summary>
    [Range(0, long.MaxValue)]
    public long RecordStartFrame { get; init; }
}
