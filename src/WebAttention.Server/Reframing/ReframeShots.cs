using System.Runtime.CompilerServices;
using WebAttention.Core.Media;
using WebAttention.Media.Decoding;
using WebAttention.Pipeline.Shots;
using WebAttention.Server.Storage;

namespace WebAttention.Server.Reframing;

/// <summary>
/// Shots of a clip for reframing: the cuts the analysis found on every frame, read from <see cref="ShotListFile"/> in the
/// clip's saliency folder; no decode. A clip analysed before the analysis stored its shots has no such file: its shots
/// are detected here once, with the decode and detector reframing used then (<see cref="ShotSegmenter.DetectionSizeFor"/>,
/// <see cref="AdaptiveCutDetector.Create"/>) so its crop paths do not change, and written to the file, so they are never
/// computed twice (a damaged file is replaced the same way).
/// </summary>
public sealed class ReframeShots(IFrameDecoder decoder, MediaPaths paths)
{
    // One legacy detection at a time: two aspects reframed at once wait for the first to write the file.
    private readonly SemaphoreSlim _legacy = new(1, 1);

    /// <summary>Shots covering <paramref name="frameCount"/> frames.</summary>
    /// <param name="clipId">The clip.</param>
    /// <param name="source">The clip's display size (sets the decode size of a legacy clip's detection).</param>
    /// <param name="frameCount">Frames of the focus track (the shots cover exactly these).</param>
    /// <param name="progress">Receives frames decoded so far (legacy clips only).</param>
    /// <param name="cancellationToken">Stops the read or the decode.</param>
    public async Task<IReadOnlyList<Shot>> ForClipAsync(Guid clipId, FrameSize source, long frameCount, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var folder = paths.SaliencyFolder(clipId);
        if (await TryReadAsync(folder, cancellationToken) is { } stored)
        {
            return stored.ToShots(frameCount);
        }

        await _legacy.WaitAsync(cancellationToken);
        try
        {
            if (await TryReadAsync(folder, cancellationToken) is { } written)
            {
                return written.ToShots(frameCount);
            }

            var frames = Counted(decoder.DecodeAsync(paths.Source(clipId), ShotSegmenter.DetectionSizeFor(source), cancellationToken), progress, cancellationToken);
            var shots = await ShotSegmenter.DetectAsync(frames, AdaptiveCutDetector.Create(), cancellationToken);
            var detected = ShotList.From(shots.Skip(1).Select(s => s.FirstFrame), shots.Sum(s => s.FrameCount));
            await ShotListFile.WriteAsync(folder, detected, cancellationToken);
            return detected.ToShots(frameCount);
        }
        finally
        {
            _legacy.Release();
        }
    }

    private static async Task<ShotList?> TryReadAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return await ShotListFile.TryReadAsync(folder, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null; // Damaged: detected again and rewritten.
        }
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
