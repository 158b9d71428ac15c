using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Storage;

/// <summary>
/// Reads a finished chunked saliency store: the index and the 8-bit maps of any frame range,
/// across chunk boundaries. Thread-safe; every read opens its own file handles.
/// </summary>
public sealed class ChunkedSaliencyReader
{
    private readonly string _directory;

    private ChunkedSaliencyReader(string directory, SaliencyIndex index)
    {
        _directory = directory;
        Index = index;
    }

    /// <summary>The store's index.</summary>
    public SaliencyIndex Index { get; }

    /// <summary>Opens the store in <paramref name="directory"/> by reading and checking its index.</summary>
    /// <exception cref="FileNotFoundException">There is no index (the run has not finished).</exception>
    /// <exception cref="InvalidDataException">The index is malformed.</exception>
    public static async Task<ChunkedSaliencyReader> OpenAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var json = await File.ReadAllBytesAsync(Path.Combine(directory, SaliencyStoreLayout.IndexFile), cancellationToken).ConfigureAwait(false);
        return new ChunkedSaliencyReader(directory, SaliencyIndexJson.Deserialize(json));
    }

    /// <summary>Bytes of frames [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>), back to back.</summary>
    public async Task<byte[]> ReadFramesAsync(long from, int count, CancellationToken cancellationToken)
    {
        CheckRange(from, count);
        var bytes = new byte[(long)count * Index.FrameBytes];
        await ReadFramesAsync(from, count, bytes, cancellationToken).ConfigureAwait(false);
        return bytes;
    }

    /// <summary>
    /// Reads frames [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) into
    /// <paramref name="destination"/>, which must hold count × <see cref="SaliencyIndex.FrameBytes"/> bytes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside the clip.</exception>
    /// <exception cref="InvalidDataException">A chunk file is shorter than the index says.</exception>
    public async Task ReadFramesAsync(long from, int count, Memory<byte> destination, CancellationToken cancellationToken)
    {
        CheckRange(from, count);
        var frameBytes = Index.FrameBytes;
        if (destination.Length != (long)count * frameBytes)
        {
            throw new ArgumentException($"Destination must hold {(long)count * frameBytes} bytes.", nameof(destination));
        }

        var frame = from;
        var end = from + count;
        while (frame < end)
        {
            var chunk = Index.Chunks[Index.ChunkOf(frame)];
            var frames = (int)(Math.Min(end, chunk.FirstFrame + chunk.FrameCount) - frame);
            var offset = (frame - chunk.FirstFrame) * frameBytes;
            var target = destination.Slice((int)((frame - from) * frameBytes), frames * frameBytes);
            await ReadExactlyAsync(SaliencyStoreLayout.PathOf(_directory, chunk.File), offset, target, cancellationToken).ConfigureAwait(false);
            frame += frames;
        }
    }

    private static async Task ReadExactlyAsync(string path, long offset, Memory<byte> target, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var done = 0;
        while (done < target.Length)
        {
            var read = await RandomAccess.ReadAsync(handle, target[done..], offset + done, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new InvalidDataException($"Chunk file '{Path.GetFileName(path)}' is shorter than its index says.");
            }

            done += read;
        }
    }

    private void CheckRange(long from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (from + count > Index.FrameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Frames [{from}, {from + count}) are outside the clip's {Index.FrameCount} frames.");
        }
    }
}
