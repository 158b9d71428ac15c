using StbImageWriteSharp;

namespace WebAttention.Media.Images;

/// <summary>Writes 8-bit grayscale PNGs (saliency maps: 0001.png, 0002.png, ...).</summary>
public static class GrayPng
{
    /// <summary>Writes <paramref name="pixels"/> (row-major, one byte a pixel) as a grayscale PNG to <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<byte> pixels, int width, int height, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Check(pixels.Length, width, height);

        // stb reads the array directly; it needs a byte[] of exactly w×h.
        new ImageWriter().WritePng(pixels.ToArray(), width, height, ColorComponents.Grey, destination);
    }

    /// <summary>Writes the PNG to <paramref name="path"/> (replacing it), off the calling thread.</summary>
    public static async Task WriteFileAsync(string path, ReadOnlyMemory<byte> pixels, int width, int height, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Check(pixels.Length, width, height);
        using var buffer = new MemoryStream((width * height / 2) + 1024);
        Write(pixels.Span, width, height, buffer);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The file name of a 1-based frame number, zero-padded to <paramref name="digits"/> (0001.png).</summary>
    public static string FileName(long frameNumber, int digits = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameNumber);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(digits);
        return frameNumber.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture) + ".png";
    }

    private static void Check(int length, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (length != (long)width * height)
        {
            throw new ArgumentException($"Expected {width}x{height} = {(long)width * height} bytes, got {length}.", nameof(length));
        }
    }
}
