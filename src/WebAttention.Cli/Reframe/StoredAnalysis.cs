using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// The analysis <c>reframe</c> keeps in <c>DIR/saliency</c>: a <see cref="ChunkedSaliencyStore"/> (8-bit maps in chunk
/// files + <c>index.json</c>) and the shots found (<see cref="ShotListFile"/>). A later run reuses it when its index is
/// valid and holds the clip's frame count.
/// </summary>
public static class StoredAnalysis
{
    /// <summary>Name of the store folder inside the output folder.</summary>
    public const string FolderName = "saliency";

    /// <summary>The store folder of an output folder.</summary>
    public static string FolderOf(string outputFolder) => Path.Combine(outputFolder, FolderName);

    /// <summary>A reader of the finished store in <paramref name="folder"/> with <paramref name="frameCount"/> frames, else null.</summary>
    public static async Task<ChunkedSaliencyReader?> TryOpenAsync(string folder, long frameCount, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder, SaliencyStoreLayout.IndexFile)))
        {
            return null;
        }

        try
        {
            var reader = await ChunkedSaliencyReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
            return reader.Index.FrameCount == frameCount && reader.Index.FrameBytes > 0 ? reader : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The shots stored in <paramref name="folder"/> for <paramref name="frameCount"/> frames, else null (none, damaged or another count).</summary>
    public static async Task<ShotList?> TryReadShotsAsync(string folder, long frameCount, CancellationToken cancellationToken)
    {
        try
        {
            var shots = await ShotListFile.TryReadAsync(folder, cancellationToken).ConfigureAwait(false);
            return shots?.FrameCount == frameCount ? shots : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Deletes what a previous (finished or interrupted) store left: its index, chunk files and shots.</summary>
    public static void Clear(string folder)
    {
        Directory.CreateDirectory(folder);
        File.Delete(Path.Combine(folder, SaliencyStoreLayout.IndexFile));
        File.Delete(ShotListFile.PathIn(folder));
        foreach (var chunk in Directory.EnumerateFiles(folder, "chunk-*.bin"))
        {
            File.Delete(chunk);
        }
    }

    /// <summary>Every map of the store as values 0–1 (byte ÷ 255), map i for frame i. Maps are small (the model's grid).</summary>
    public static async Task<IReadOnlyList<SaliencyMap>> LoadMapsAsync(ChunkedSaliencyReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var index = reader.Index;
        var maps = new List<SaliencyMap>((int)index.FrameCount);
        var batch = Math.Max(1, index.ChunkFrames);
        for (long from = 0; from < index.FrameCount; from += batch)
        {
            var count = (int)Math.Min(batch, index.FrameCount - from);
            var bytes = await reader.ReadFramesAsync(from, count, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < count; k++)
            {
                var values = new float[index.FrameBytes];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = bytes[(k * index.FrameBytes) + i] / 255f;
                }

                maps.Add(new SaliencyMap(from + k, index.Width, index.Height, values));
            }
        }

        return maps;
    }
}
