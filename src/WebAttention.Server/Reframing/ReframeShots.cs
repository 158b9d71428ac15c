using System.Runtime.CompilerServices;
using System.Text.Json;
using WebAttention.Core.Media;
using WebAttention.Media.Decoding;
using WebAttention.Pipeline.Reframing.Shots;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>
/// Shots of a clip for reframing: <see cref="GridHistogramCutDetector"/> over a decode at <see cref="ShotSegmenter.DetectionSizeFor"/> (as the CLI)
/// (small and fast), the cuts cached beside the clip since they depend on the source alone.
/// </summary>
public sealed class ReframeShots(IFrameDecoder decoder, MediaPaths paths)
{
    /// <summary>Shots covering <paramref name="frameCount"/> frames.</summary>
    /// <param name="clipId">The clip.</param>
    /// <param name="decodeSize">Size to decode at for detection.</param>
    /// <param name="frameCount">Frames of the focus track (the shots cover exactly these).</param>
    /// <param name="progress">Receives frames decoded so far.</param>
    /// <param name="cancellationToken">Stops the decode.</param>
    public async Task<IReadOnlyList<Shot>> ForClipAsync(Guid clipId, FrameSize decodeSize, long frameCount, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var file = paths.ReframeCuts(clipId);
        long[]? cuts = null;
        if (File.Exists(file))
        {
            cuts = JsonSerializer.Deserialize<long[]>(await File.ReadAllBytesAsync(file, cancellationToken));
        }
        if (cuts is null)
        {
            var frames = Counted(decoder.DecodeAsync(paths.Source(clipId), decodeSize, cancellationToken), progress, cancellationToken);
            var shots = await ShotSegmenter.DetectAsync(frames, new GridHistogramCutDetector(), cancellationToken);
            cuts = [.. shots.Skip(1).Select(s => s.FirstFrame)];
            var staging = file + ".tmp";
            await File.WriteAllBytesAsync(staging, JsonSerializer.SerializeToUtf8Bytes(cuts), cancellationToken);
            File.Move(staging, file, overwrite: true);
        }
        return ShotSegmenter.FromCuts(cuts, frameCount);
    }

    private static async IAsyncEnumerable<VideoFrame> Counted(IAsyncEnumerable<VideoFrame> frames, IProgress<long>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var frame in frames.WithCancellation(cancellationToken))
        {
            yield return frame;
            progress?.Report(++count);
        }
    }
}
