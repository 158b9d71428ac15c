namespace WebAttention.Pipeline.Storage;

/// <summary>File names of a chunked saliency store folder.</summary>
public static class SaliencyStoreLayout
{
    /// <summary>Name of the index file.</summary>
    public const string IndexFile = "index.json";

    /// <summary>Default frames per chunk file.</summary>
    public const int DefaultChunkFrames = 64;

    /// <summary>Name of chunk <paramref name="number"/>: <c>chunk-00000.bin</c>.</summary>
    public static string ChunkFile(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"chunk-{number:D5}.bin");
    }

    /// <summary>
    /// Path of <paramref name="fileName"/> inside <paramref name="directory"/>; rejects names that are
    /// not a bare file name (an index must never point outside its folder).
    /// </summary>
    /// <exception cref="InvalidDataException">The name has a directory part or is empty.</exception>
    public static string PathOf(string directory, string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)
            || fileName != Path.GetFileName(fileName)
            || fileName is "." or ".."
            || fileName.Contains('\\', StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{fileName}' is not a plain file name.");
        }

        return Path.Combine(directory, fileName);
    }
}
