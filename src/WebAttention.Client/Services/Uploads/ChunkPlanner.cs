using WebAttention.Core.Uploads;

namespace WebAttention.Client.Services.Uploads;

/// <summary>Where one chunk of a file starts and how long it is.</summary>
public readonly record struct ChunkSpan(long Offset, int Length)
{
    /// <summary>First byte after the chunk.</summary>
    public long End => Offset + Length;
}

/// <summary>Splits a file into upload chunks and builds their wire form.</summary>
public static class ChunkPlanner
{
    /// <summary>
    /// The chunks that cover bytes [<paramref name="fromOffset"/>, <paramref name="length"/>) in order,
    /// each <paramref name="chunkBytes"/> long except possibly the last.
    /// </summary>
    public static IEnumerable<ChunkSpan> Plan(long length, long fromOffset, int chunkBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(fromOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromOffset, length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkBytes);
        return Iterate(length, fromOffset, chunkBytes);

        static IEnumerable<ChunkSpan> Iterate(long length, long offset, int chunkBytes)
        {
            while (offset < length)
            {
                var size = (int)Math.Min(chunkBytes, length - offset);
                yield return new ChunkSpan(offset, size);
                offset += size;
            }
        }
    }

    /// <summary>The chunk to send for <paramref name="data"/> at <paramref name="offset"/>, with its Adler-32.</summary>
    public static UploadChunk CreateChunk(long offset, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new UploadChunk(offset, data, Adler32.Compute(data));
    }

    /// <summary>Chunk size to use: ours, but never more than the server accepts.</summary>
    public static int EffectiveChunkBytes(int preferred, int serverLimit) =>
        serverLimit > 0 ? Math.Min(preferred, serverLimit) : preferred;
}
