using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Pipeline.Shots;

/// <summary>Turns cut frames into shots covering every frame of a clip.</summary>
public static class ShotSegmenter
{
    /// <summary>
    /// Width frames are decoded at for cut detection of a clip analysed before the analysis stored its shots (no
    /// <see cref="ShotListFile"/>): the size reframing decoded at then, so such a clip keeps the cuts it had.
    /// </summary>
    public const int DetectionWidth = 128;

    /// <summary>Size frames of a <paramref name="source"/>-sized clip are decoded at for cut detection (even sides, at least 16).</summary>
    public static FrameSize DetectionSizeFor(FrameSize source)
    {
        var width = Math.Min(DetectionWidth, source.Width);
        var height = (double)source.Height * width / source.Width;
        return new FrameSize(Math.Max(16, width / 2 * 2), Math.Max(16, (int)Math.Round(height / 2) * 2));
    }

    /// <summary>
    /// Shots of a clip of <paramref name="frameCount"/> frames with new shots starting at
    /// <paramref name="cutFrames"/> (any order; duplicates, 0 and frames outside the clip are ignored).
    /// An empty clip has no shots.
    /// </summary>
    public static IReadOnlyList<Shot> FromCuts(IEnumerable<long> cutFrames, long frameCount)
    {
        ArgumentNullException.ThrowIfNull(cutFrames);
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        if (frameCount == 0)
        {
            return [];
        }

        var starts = cutFrames.Where(f => f > 0 && f < frameCount).Distinct().Order().Prepend(0L).ToList();
        var shots = new List<Shot>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : frameCount;
            shots.Add(new Shot(i, starts[i], end - starts[i]));
        }

        return shots;
    }

    /// <summary>
    /// Runs <paramref name="detector"/> on every frame (in order) and returns the shots. Use a fresh detector
    /// per clip (<see cref="AdaptiveCutDetector.Create"/>).
    /// </summary>
    public static IReadOnlyList<Shot> Detect(IEnumerable<VideoFrame> frames, IShotBoundaryDetector detector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(detector);
        var cuts = new List<long>();
        long count = 0;
        foreach (var frame in frames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (detector.IsCut(frame) && count > 0)
            {
                cuts.Add(count);
            }

            count++;
        }

        return FromCuts(cuts, count);
    }

    /// <summary>Asynchronous <see cref="Detect(IEnumerable{VideoFrame}, IShotBoundaryDetector, CancellationToken)"/> over a frame stream (a decoder).</summary>
    public static async Task<IReadOnlyList<Shot>> DetectAsync(IAsyncEnumerable<VideoFrame> frames, IShotBoundaryDetector detector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(detector);
        var cuts = new List<long>();
        long count = 0;
        await foreach (var frame in frames.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (detector.IsCut(frame) && count > 0)
            {
                cuts.Add(count);
            }

            count++;
        }

        return FromCuts(cuts, count);
    }
}
