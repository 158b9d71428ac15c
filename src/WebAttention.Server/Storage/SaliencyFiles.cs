using System.Text.Json;
using WebAttention.Core.Saliency;

namespace WebAttention.Server.Storage;

/// <summary>Temporary reader of a stored saliency folder (to be replaced by the pipeline's store reader).</summary>
internal sealed class SaliencyFiles(string folder, SaliencyIndex index)
{
    public long FrameCount => index.FrameCount;

    public static SaliencyFiles? Open(string folder)
    {
        var path = Path.Combine(folder, "index.json");
        if (!File.Exists(path))
        {
            return null;
        }
        var index = JsonSerializer.Deserialize<SaliencyIndex>(File.ReadAllText(path), JsonSerializerOptions.Web);
        return index is null ? null : new SaliencyFiles(folder, index);
    }

    public async Task<byte[]> ReadFramesAsync(long from, int count, CancellationToken cancellationToken)
    {
        var result = new byte[count * index.FrameBytes];
        var written = 0;
        for (var frame = from; frame < from + count;)
        {
            var chunk = index.Chunks[index.ChunkOf(frame)];
            var inChunk = (int)Math.Min(chunk.FirstFrame + chunk.FrameCount - frame, from + count - frame);
            await using var file = File.OpenRead(Path.Combine(folder, chunk.File));
            file.Position = (frame - chunk.FirstFrame) * index.FrameBytes;
            await file.ReadExactlyAsync(result.AsMemory(written, inChunk * index.FrameBytes), cancellationToken);
            written += inChunk * index.FrameBytes;
            frame += inChunk;
        }
        return result;
    }
}
