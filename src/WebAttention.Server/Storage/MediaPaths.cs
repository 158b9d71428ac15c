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

    public string ModelsFolder => Path.Combine(Root, "models");

    public string UploadPart(Guid uploadId) => Path.Combine(UploadsFolder, $"{uploadId:N}.part");

    public string ClipFolder(Guid clipId) => Path.Combine(ClipsFolder, clipId.ToString("N"));

    public string Source(Guid clipId) => Path.Combine(ClipFolder(clipId), "source");

    public string Proxy(Guid clipId) => Path.Combine(ClipFolder(clipId), "proxy.mp4");

    public string Thumbnail(Guid clipId) => Path.Combine(ClipFolder(clipId), "thumb.jpg");

    public string SaliencyFolder(Guid clipId) => Path.Combine(ClipFolder(clipId), "saliency");
}
