using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace WebAttention.Training.Readout;

/// <summary>
/// Optional on-disk cache of extracted features (a git-ignored folder such as <c>data/cache</c>), keyed by
/// analysis size and image list, so repeated training runs skip extraction. Raw float32, little-endian.
/// </summary>
public static class FeatureCache
{
    private const int Magic = 0x57414643; // "WAFC"
    private const int Version = 1;

    /// <summary>File name for these images at this analysis size.</summary>
    public static string FileName(IEnumerable<string> imageNames, int width, int height)
    {
        var key = string.Join('\n', imageNames) + $"\n{width}x{height}\nstrides 8,16,32 -> 16";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return $"osie-features-{width}x{height}-{hash}.bin";
    }

    /// <summary>Reads a cache file; null when it is missing or does not match <paramref name="count"/>.</summary>
    public static FeatureSet? TryRead(string path, int count)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            return null;
        }

        var (rows, cols, channels, images) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        if (images != count)
        {
            return null;
        }

        var list = new List<float[]>(images);
        for (var i = 0; i < images; i++)
        {
            var values = new float[rows * cols * channels];
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            list.Add(values);
        }

        return new FeatureSet(rows, cols, channels, list);
    }

    /// <summary>Writes <paramref name="set"/> to <paramref name="path"/> (through a temporary file).</summary>
    public static void Write(string path, FeatureSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".partial";
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(set.Rows);
            writer.Write(set.Cols);
            writer.Write(set.Channels);
            writer.Write(set.Images.Count);
            foreach (var image in set.Images)
            {
                writer.Write(MemoryMarshal.AsBytes(image.AsSpan()));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
