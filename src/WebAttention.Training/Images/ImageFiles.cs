using StbImageSharp;
using WebAttention.Core.Media;

namespace WebAttention.Training.Images;

/// <summary>Reads still images (JPEG, PNG, BMP, TGA, GIF's first frame) with StbImageSharp.</summary>
public static class ImageFiles
{
    /// <summary>Extensions <c>saliency --images</c> picks up.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".bmp", ".tga" };

    /// <summary>Decodes <paramref name="path"/> to RGB24.</summary>
    /// <exception cref="InvalidDataException">The file is not an image StbImageSharp can read.</exception>
    public static async Task<RgbImage> ReadRgbAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);
            return new RgbImage(new FrameSize(image.Width, image.Height), image.Data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"'{path}' is not a readable image ({ex.Message}).", ex);
        }
    }

    /// <summary>The size of the image in <paramref name="path"/>, from its header only.</summary>
    /// <exception cref="InvalidDataException">The file is not an image StbImageSharp can read.</exception>
    public static FrameSize ReadSize(string path)
    {
        using var stream = File.OpenRead(path);
        var info = ImageInfo.FromStream(stream);
        return info is { } i ? new FrameSize(i.Width, i.Height) : throw new InvalidDataException($"'{path}' is not a readable image.");
    }
}
