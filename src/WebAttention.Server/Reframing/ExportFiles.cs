using System.Text;
using WebAttention.Core.Reframing;

namespace WebAttention.Server.Reframing;

/// <summary>One downloadable file of an export: its kind in the URL, its name on disk and its content type.</summary>
/// <param name="Kind">video, json, edl or csv.</param>
/// <param name="FileName">Name inside the export folder.</param>
/// <param name="ContentType">MIME type served.</param>
/// <param name="Extension">Extension of the download name.</param>
public sealed record ExportFile(string Kind, string FileName, string ContentType, string Extension);

/// <summary>The files an export writes (beside each other in <c>clips/&lt;id&gt;/exports/&lt;9x16&gt;/</c>) and their download names.</summary>
public static class ExportFiles
{
    /// <summary>The reframed MP4.</summary>
    public static readonly ExportFile Video = new("video", "video.mp4", "video/mp4", ".mp4");

    /// <summary>The crop path (CropPathJson).</summary>
    public static readonly ExportFile Json = new("json", "croppath.json", "application/json", ".json");

    /// <summary>The CMX3600 edit decision list.</summary>
    public static readonly ExportFile Edl = new("edl", "reframe.edl", "text/plain; charset=utf-8", ".edl");

    /// <summary>The per-frame windows as CSV.</summary>
    public static readonly ExportFile Csv = new("csv", "croppath.csv", "text/csv; charset=utf-8", ".csv");

    /// <summary>Every kind, in download-list order.</summary>
    public static IReadOnlyList<ExportFile> All { get; } = [Video, Json, Edl, Csv];

    /// <summary>The file of a kind, or null for an unknown kind.</summary>
    public static ExportFile? Find(string? kind) => All.FirstOrDefault(f => string.Equals(f.Kind, kind, StringComparison.Ordinal));

    /// <summary>
    /// A safe download name from the clip title and the aspect, e.g. "My clip-9x16.mp4": the title's
    /// extension dropped, anything but letters, digits, space, '-' and '_' replaced, at most 80 characters.
    /// </summary>
    public static string DownloadName(string? title, AspectRatio aspect, ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = title ?? string.Empty;
        var dot = text.LastIndexOf('.');
        if (dot > 0 && text.Length - dot <= 5)
        {
            text = text[..dot];
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' ? c : '_');
            if (clean.Length == 80)
            {
                break;
            }
        }
        var name = clean.ToString().Trim(' ', '_', '-');
        return $"{(name.Length == 0 ? "clip" : name)}-{aspect.FileTag}{file.Extension}";
    }
}
