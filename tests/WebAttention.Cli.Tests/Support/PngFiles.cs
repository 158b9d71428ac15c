using StbImageSharp;

namespace WebAttention.Cli.Tests.Support;

public static class PngFiles
{
    /// <summary>Width, height and channel count of an image file.</summary>
    public static (int Width, int Height, int Channels) Info(string path)
    {
        using var stream = File.OpenRead(path);
        var info = ImageInfo.FromStream(stream) ?? throw new InvalidDataException(path);
        return (info.Width, info.Height, (int)info.ColorComponents);
    }
}
