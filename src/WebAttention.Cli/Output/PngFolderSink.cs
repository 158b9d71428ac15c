using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Media.Images;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Cli.Output;

/// <summary>
/// Writes each map as an 8-bit grayscale PNG named by its 1-based frame number (<c>0001.png</c>, …),
/// peak-normalised (<see cref="MapQuantizer"/>: the frame's peak is 255). Maps are written at their own
/// size, or scaled bilinearly to <c>outputSize</c> (<see cref="MapResampler"/>) when one is given.
/// Requires maps in frame order from 0, as the pipeline delivers them.
/// </summary>
public sealed class PngFolderSink : ISaliencyMapSink
{
    private readonly string _folder;
    private readonly int _digits;
    private readonly FrameSize? _outputSize;

    /// <summary>Creates a sink writing into the existing <paramref name="folder"/>.</summary>
    /// <param name="folder">Output folder.</param>
    /// <param name="digits">Zero-padded width of file names (at least 4).</param>
    /// <param name="outputSize">Size of the PNGs; null keeps each map's size.</param>
    public PngFolderSink(string folder, int digits = 4, FrameSize? outputSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        _folder = folder;
        _digits = digits;
        _outputSize = outputSize;
    }

    /// <summary>PNGs written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Size of the last PNG written (null before the first).</summary>
    public FrameSize? PngSize { get; private set; }

    /// <summary>Size of the last map received (null before the first).</summary>
    public FrameSize? MapSize { get; private set; }

    /// <summary>True once the pipeline has completed the sink.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>Digits for file names of a clip of <paramref name="frameCount"/> frames: 4, more for longer clips.</summary>
    public static int DigitsFor(long frameCount) =>
        Math.Max(4, frameCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

    /// <inheritdoc />
    public async ValueTask WriteAsync(SaliencyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.FrameIndex != Written)
        {
            throw new InvalidOperationException($"Expected the map of frame {Written}, got frame {map.FrameIndex}.");
        }

        var mapSize = new FrameSize(map.Width, map.Height);
        var bytes = MapQuantizer.ToBytes(map.Values);
        var size = _outputSize ?? mapSize;
        if (size != mapSize)
        {
            bytes = MapResampler.Bilinear(bytes, mapSize, size, 1);
        }

        var path = Path.Combine(_folder, GrayPng.FileName(map.FrameIndex + 1, _digits));
        await GrayPng.WriteFileAsync(path, bytes, size.Width, size.Height, cancellationToken).ConfigureAwait(false);
        MapSize = mapSize;
        PngSize = size;
        Written++;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IsCompleted = true;
        return ValueTask.CompletedTask;
    }
}
