using System.Text;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// The files <c>reframe</c> writes per aspect: <c>croppath.9x16.json</c> (<see cref="CropPathJson"/>),
/// <c>croppath.9x16.csv</c> (<see cref="CropPathCsv"/>), <c>croppath.9x16.edl</c> (<see cref="Cmx3600Edl"/>) and the
/// render <c>reframed.9x16.mp4</c>.
/// </summary>
public static class CropPathFiles
{
    /// <summary><c>croppath.9x16.csv</c>.</summary>
    public static string CsvName(AspectRatio aspect) => $"croppath.{aspect.FileTag}.csv";

    /// <summary><c>croppath.9x16.edl</c>.</summary>
    public static string EdlName(AspectRatio aspect) => $"croppath.{aspect.FileTag}.edl";

    /// <summary><c>reframed.9x16.mp4</c>.</summary>
    public static string VideoName(AspectRatio aspect) => $"reframed.{aspect.FileTag}.mp4";

    /// <summary>Writes the JSON, CSV and EDL of <paramref name="path"/> into <paramref name="folder"/>; returns their names.</summary>
    /// <param name="folder">Output folder (exists).</param>
    /// <param name="path">The solved path.</param>
    /// <param name="clipName">Source file name, recorded in the EDL for relinking.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, CropPath path, string clipName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = CropPathJson.FileName(path.Aspect);
        var csv = CsvName(path.Aspect);
        var edl = EdlName(path.Aspect);
        await File.WriteAllBytesAsync(Path.Combine(folder, json), CropPathJson.Serialize(path), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, csv), CropPathCsv.Write(path), Encoding.ASCII, cancellationToken).ConfigureAwait(false);
        var options = new EdlOptions { Title = $"WEBATTENTION REFRAME {path.Aspect.FileTag}", ClipName = clipName };
        await File.WriteAllTextAsync(Path.Combine(folder, edl), Cmx3600Edl.Write(path, options), Encoding.ASCII, cancellationToken).ConfigureAwait(false);
        return [json, csv, edl];
    }
}
