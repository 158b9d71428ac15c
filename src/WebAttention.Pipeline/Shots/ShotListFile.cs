using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebAttention.Pipeline.Shots;

/// <summary>
/// <c>shots.json</c> in a saliency store folder: a <see cref="ShotList"/> as camelCase JSON
/// (<c>{"version":1,"frameCount":150,"cuts":[50,100]}</c>), written by the analysis, read by reframing.
/// </summary>
public static class ShotListFile
{
    /// <summary>Name of the file inside the store folder.</summary>
    public const string FileName = "shots.json";

    /// <summary>The file's path in <paramref name="folder"/>.</summary>
    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Writes <paramref name="shots"/> into <paramref name="folder"/> (staged then moved, so a reader never sees half a file).</summary>
    public static async Task WriteAsync(string folder, ShotList shots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shots);
        Directory.CreateDirectory(folder);
        var path = PathIn(folder);
        var staging = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(staging, JsonSerializer.SerializeToUtf8Bytes(shots, ShotListJsonContext.Default.ShotList), cancellationToken).ConfigureAwait(false);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>The shots stored in <paramref name="folder"/>, or null when it has none (a clip analysed before shots were stored).</summary>
    /// <exception cref="InvalidDataException">The file is not a valid shot list of a supported version.</exception>
    public static async Task<ShotList?> TryReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = PathIn(folder);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, path);
    }

    /// <summary>Parses and checks a shot list.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid shot list of a supported version.</exception>
    public static ShotList Parse(ReadOnlySpan<byte> utf8Json, string name = FileName)
    {
        ShotList? shots;
        try
        {
            shots = JsonSerializer.Deserialize(utf8Json, ShotListJsonContext.Default.ShotList);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{name}' is not valid JSON.", ex);
        }

        if (shots is null || shots.Cuts is null)
        {
            throw new InvalidDataException($"'{name}' holds no shot list.");
        }

        if (shots.FrameCount < 0)
        {
            throw new InvalidDataException($"'{name}' has a negative frame count ({shots.FrameCount}).");
        }

        if (shots.Version != ShotList.CurrentVersion)
        {
            throw new InvalidDataException($"'{name}' is shot list version {shots.Version}; this version reads {ShotList.CurrentVersion}.");
        }

        long previous = 0;
        foreach (var cut in shots.Cuts)
        {
            if (cut <= previous || cut >= shots.FrameCount)
            {
                throw new InvalidDataException($"'{name}' has cut {cut}: cuts must ascend within the clip's {shots.FrameCount} frames.");
            }

            previous = cut;
        }

        return shots;
    }
}

/// <summary>Source-generated serializer for <see cref="ShotList"/> (web defaults: camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ShotList))]
internal sealed partial class ShotListJsonContext : JsonSerializerContext;
