using Microsoft.Extensions.Options;
using WebAttention.Server.Options;

namespace WebAttention.Server.Storage;

/// <summary>
/// Every path the server writes, derived from ids only: user-supplied names never reach the file system.
/// </summary>
public sealed class MediaPaths
{
    public MediaPaths(IOptions<StorageOptions> options)
    {
        Root = Path.GetFullPath(options.Value.DataRoot);
        Directory.CreateDirectory(UploadsFolder);
        Directory.CreateDirectory(ClipsFolder);
    }

    /// <summary>The data folder.</summary>
    public string Root { get; }

    public string UploadsFolder => Path.Combine(Root, "uploads");

    public string ClipsFolder => Path.Combine(Root, "clips");

    public string DatabaseFile => Path.Combine(Root, "webattention.db");

    /// <summary>Hangfire's queues in the embedded mode (SQLite storage).</summary>
    public string JobsDatabaseFile => Path.Combine(Root, "jobs.db");

    public string ModelsFolder => Path.Combine(Root, "models");

    public string UploadPart(Guid uploadId) => Path.Combine(UploadsFolder, $"{uploadId:N}.part");

    public string ClipFolder(Guid clipId) => Path.Combine(ClipsFolder, clipId.ToString("N"));

    public string Source(Guid clipId) => Path.Combine(ClipFolder(clipId), "source");

    public string Proxy(Guid clipId) => Path.Combine(ClipFolder(clipId), "proxy.mp4");

    public string Thumbnail(Guid clipId) => Path.Combine(ClipFolder(clipId), "thumb.jpg");

    public string SaliencyFolder(Guid clipId) => Path.Combine(ClipFolder(clipId), "saliency");

    /// <summary>The clip's face track (ClipFacesView JSON), written by the analysis beside the maps.</summary>
    public string Faces(Guid clipId) => Path.Combine(ClipFolder(clipId), "faces.json");

    /// <summary>A crop path revision file, relative to the clip folder; <paramref name="aspectTag"/> is an AspectRatio.FileTag ("9x16").</summary>
    public static string CropPathRelative(string aspectTag, int revision, Guid recordId) =>
        Path.Combine("croppaths", SafeTag(aspectTag), $"r{revision:0000}-{recordId:N}.json");

    /// <summary>A path relative to the clip folder made absolute.</summary>
    public string InClip(Guid clipId, string relative) => Path.Combine(ClipFolder(clipId), relative);

    /// <summary>Folder of the current export of an aspect.</summary>
    public string ExportFolder(Guid clipId, string aspectTag) => Path.Combine(ClipFolder(clipId), "exports", SafeTag(aspectTag));

    /// <summary>Ids and aspect tags only: anything else is a bug, not a path.</summary>
    private static string SafeTag(string tag) =>
        !string.IsNullOrEmpty(tag) && tag.All(c => char.IsAsciiDigit(c) || c == 'x') ? tag : throw new ArgumentException($"'{tag}' is not an aspect tag.", nameof(tag));
}
