using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Storage;

/// <summary>
/// Writes a clip's maps as 8-bit, peak-normalised frames into chunk files of <c>ChunkFrames</c> frames
/// (<c>chunk-00000.bin</c>, ..., raw bytes back to back) and, on completion, <c>index.json</c>
/// (<see cref="SaliencyIndex"/>), written to a temporary file and moved into place so readers never see a
/// partial index. A folder without an index is an unfinished run. Maps must come in frame order from 0,
/// all of one size. One writer at a time.
/// </summary>
public sealed class ChunkedSaliencyStore : ISaliencyMapSink, IAsyncDisposable
{
    private readonly string _directory;
    private readonly SaliencyStoreHeader _header;
    private readonly int _chunkFrames;
    private readonly List<SaliencyChunk> _chunks = [];
    private FileStream? _chunk;
    private int _framesInChunk;
    private byte[] _buffer = [];
    private long _frames;
    private int _width;
    private int _height;

    /// <summary>Creates a store writing into <paramref name="directory"/> (created if missing).</summary>
    /// <param name="directory">Folder of this clip's maps.</param>
    /// <param name="header">Frame rate, model and device recorded in the index.</param>
    /// <param name="chunkFrames">Frames per chunk file.</param>
    public ChunkedSaliencyStore(string directory, SaliencyStoreHeader header, int chunkFrames = SaliencyStoreLayout.DefaultChunkFrames)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkFrames);
        _directory = directory;
        _header = header;
        _chunkFrames = chunkFrames;
        Directory.CreateDirectory(directory);
    }

    /// <summary>The index written by <see cref="CompleteAsync"/>; null until then.</summary>
    public SaliencyIndex? Index { get; private set; }

    /// <inheritdoc />
    public async ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        ThrowIfCompleted();
        CheckNext(map);
        MapQuantizer.ToBytes(map.Values, _buffer);
        if (_chunk is null)
        {
            _chunk = new FileStream(
                SaliencyStoreLayout.PathOf(_directory, SaliencyStoreLayout.ChunkFile(_chunks.Count)),
                FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        }

        await _chunk.WriteAsync(_buffer, cancellationToken).ConfigureAwait(false);
        _frames++;
        if (++_framesInChunk == _chunkFrames)
        {
            await CloseChunkAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        ThrowIfCompleted();
        await CloseChunkAsync(cancellationToken).ConfigureAwait(false);
        var index = new SaliencyIndex(
            SaliencyIndex.CurrentVersion, _width, _height, _frames, _header.FrameRate, _chunkFrames,
            _header.Model, _header.Device, [.. _chunks]);
        var path = Path.Combine(_directory, SaliencyStoreLayout.IndexFile);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, SaliencyIndexJson.Serialize(index), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        Index = index;
    }

    /// <summary>Closes an open chunk file; an unfinished run leaves its chunks but no index.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_chunk is not null)
        {
            await _chunk.DisposeAsync().ConfigureAwait(false);
            _chunk = null;
        }
    }

    private void ThrowIfCompleted()
    {
        if (Index is not null)
        {
            throw new InvalidOperationException("The store is already complete.");
        }
    }

    private void CheckNext(SaliencyMap map)
    {
        if (map.FrameIndex != _frames)
        {
            throw new InvalidOperationException($"Expected the map of frame {_frames}, got frame {map.FrameIndex}.");
        }

        if (map.Values.Length != map.Width * map.Height)
        {
            throw new ArgumentException($"The map of frame {map.FrameIndex} has {map.Values.Length} values for {map.Width}x{map.Height}.", nameof(map));
        }

        if (_frames == 0)
        {
            _width = map.Width;
            _height = map.Height;
            _buffer = new byte[map.Width * map.Height];
        }
        else if (map.Width != _width || map.Height != _height)
        {
            throw new ArgumentException($"The map of frame {map.FrameIndex} is {map.Width}x{map.Height}, the store holds {_width}x{_height}.", nameof(map));
        }
    }

    private async ValueTask CloseChunkAsync(CancellationToken cancellationToken)
    {
        if (_chunk is null)
        {
            return;
        }

        await _chunk.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _chunk.DisposeAsync().ConfigureAwait(false);
        _chunk = null;
        var number = _chunks.Count;
        _chunks.Add(new SaliencyChunk(number, (long)number * _chunkFrames, _framesInChunk, SaliencyStoreLayout.ChunkFile(number)));
        _framesInChunk = 0;
    }
}
