using System.IO.Compression;

namespace WebAttention.Inference.Models;

/// <summary>
/// Unpacks a model archive: a .zip holding exactly <c>model.onnx</c> and <c>manifest.json</c> at its top
/// level (directory entries aside). Entry names never become paths: only the two known file names are
/// written, so "../x" or absolute names cannot escape the target folder. Sizes are counted while copying,
/// not taken from the (forgeable) headers alone.
/// </summary>
public static class ModelArchive
{
    private static readonly string[] Expected = [ModelManifest.ModelFileName, ModelManifest.FileName];

    /// <summary>Unpacks the archive at <paramref name="zipPath"/> into <paramref name="targetFolder"/> (created if needed).</summary>
    /// <exception cref="InvalidModelException">The file is not a zip, holds other or unsafe entries, or is too large unpacked.</exception>
    public static async Task ExtractAsync(string zipPath, string targetFolder, ModelArchiveLimits limits, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        ArgumentNullException.ThrowIfNull(limits);
        var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var archive = await OpenAsync(stream, cancellationToken).ConfigureAwait(false);
            await using (archive.ConfigureAwait(false))
            {
                var entries = Select(archive.Entries);
                var declared = entries.Sum(e => e.Length);
                if (declared > limits.MaxUncompressedBytes)
                {
                    throw TooLarge(limits);
                }

                Directory.CreateDirectory(targetFolder);
                var budget = limits.MaxUncompressedBytes;
                foreach (var entry in entries)
                {
                    budget -= await CopyAsync(entry, Path.Combine(targetFolder, entry.Name), budget, limits, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// The archive's two files, or why the entry list is refused. Pure: looks at names only.
    /// </summary>
    public static IReadOnlyList<string> Problems(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        var problems = new List<string>();
        var files = new List<string>();
        foreach (var name in entryNames)
        {
            if (IsUnsafe(name))
            {
                problems.Add($"entry \"{name}\" has an unsafe path (absolute, '..' or a drive); the archive is refused.");
            }
            else if (name.EndsWith('/'))
            {
                problems.Add($"entry \"{name}\" is a folder; put {ModelManifest.ModelFileName} and {ModelManifest.FileName} at the top level of the zip.");
            }
            else if (!Expected.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"entry \"{name}\" is not expected; the zip must hold only {ModelManifest.ModelFileName} and {ModelManifest.FileName} at its top level.");
            }
            else if (files.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"entry \"{name}\" appears twice.");
            }
            else
            {
                files.Add(name);
            }
        }

        problems.AddRange(Expected.Where(e => !files.Contains(e, StringComparer.Ordinal)).Select(e => $"{e} is missing from the zip."));
        return problems;
    }

    private static bool IsUnsafe(string name) =>
        name.Length == 0 || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) ||
        name.Split('/').Any(part => part is ".." or ".");

    private static async Task<ZipArchive> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            return await ZipArchive.CreateAsync(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidModelException($"The upload is not a readable zip archive ({ex.Message}).", ex);
        }
    }

    private static List<ZipArchiveEntry> Select(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var problems = Problems(entries.Select(e => e.FullName));
        if (problems.Count > 0)
        {
            throw new InvalidModelException($"The model zip is refused: {string.Join(" ", problems)}");
        }

        return entries.Where(e => !e.FullName.EndsWith('/')).ToList();
    }

    private static async Task<long> CopyAsync(ZipArchiveEntry entry, string path, long budget, ModelArchiveLimits limits, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long written = 0;
        try
        {
            var source = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    int read;
                    while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        written += read;
                        if (written > budget)
                        {
                            throw TooLarge(limits);
                        }

                        await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidModelException($"The zip entry \"{entry.FullName}\" is damaged ({ex.Message}).", ex);
        }

        return written;
    }

    private static InvalidModelException TooLarge(ModelArchiveLimits limits) =>
        new($"The model zip unpacks to more than {limits.MaxUncompressedBytes / (1024 * 1024)} MB, the limit (Models:MaxUncompressedBytes).");
}
