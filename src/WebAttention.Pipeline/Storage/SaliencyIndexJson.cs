using System.Text.Json;
using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Storage;

/// <summary>
/// The <c>index.json</c> format: <see cref="SaliencyIndex"/> as camelCase JSON with its stored fields only
/// (<c>version, width, height, frameCount, frameRate, chunkFrames, model, device, chunks[{number, firstFrame, frameCount, file}]</c>).
/// </summary>
public static class SaliencyIndexJson
{
    /// <summary>Serialises an index.</summary>
    public static byte[] Serialize(SaliencyIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return JsonSerializer.SerializeToUtf8Bytes(index, SaliencyIndexJsonContext.Default.SaliencyIndex);
    }

    /// <summary>Parses and checks an index.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a consistent index of a supported version.</exception>
    public static SaliencyIndex Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        SaliencyIndex? index;
        try
        {
            index = JsonSerializer.Deserialize(utf8Json, SaliencyIndexJsonContext.Default.SaliencyIndex);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The saliency index is not valid JSON.", ex);
        }

        return Check(index ?? throw new InvalidDataException("The saliency index is empty."));
    }

    private static SaliencyIndex Check(SaliencyIndex index)
    {
        if (index.Version != SaliencyIndex.CurrentVersion)
        {
            throw new InvalidDataException($"Saliency index version {index.Version} is not supported (expected {SaliencyIndex.CurrentVersion}).");
        }

        if (index.Width < 0 || index.Height < 0 || index.FrameCount < 0 || index.ChunkFrames <= 0 || index.Chunks is null)
        {
            throw new InvalidDataException("The saliency index has invalid sizes.");
        }

        long next = 0;
        foreach (var chunk in index.Chunks)
        {
            if (chunk is null || chunk.FirstFrame != next || chunk.FrameCount <= 0 || chunk.FrameCount > index.ChunkFrames
                || chunk.Number != index.ChunkOf(chunk.FirstFrame))
            {
                throw new InvalidDataException($"The saliency index's chunks do not tile frames from {next}.");
            }

            next += chunk.FrameCount;
        }

        if (next != index.FrameCount)
        {
            throw new InvalidDataException($"The saliency index's chunks hold {next} frames, not {index.FrameCount}.");
        }

        return index;
    }
}
