namespace WebAttention.Reframing.Export;

/// <summary>Names and offsets of a CMX3600 export.</summary>
public sealed record EdlOptions
{
    /// <summary>The list's title (printable ASCII, cut to 70 characters).</summary>
    public string Title { get; init; } = "WEBATTENTION REFRAME";

    /// <summary>Source clip file name, written as <c>* FROM CLIP NAME:</c> so the editor can relink it.</summary>
    public string ClipName { get; init; } = "clip.mp4";

    /// <summary>Reel name (1–8 characters of A–Z, 0–9, _); AX is the convention for file-based media.</summary>
    public string Reel { get; init; } = "AX";

    /// <summary>Record (timeline) start, in frames (e.g. 1 h for 01:00:00:00 timelines). Default 0.</summary>
    public long RecordStartFrame { get; init; }
}
