using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Maps;
using WebAttention.Pipeline.Smoothing;

namespace WebAttention.Pipeline.Fusion;

/// <summary>
/// Turns the analysed frames' fused maps into a map for every frame exactly as the pipeline's emission stage does:
/// per-pixel moving average over analysed maps (<see cref="TemporalSmoother"/>, restarted at cuts), linear
/// interpolation between analysed frames (<see cref="GapInterpolation"/>, never across a cut), the last analysed map
/// repeated to the end. Used to evaluate and fit recorded channels without rerunning the model. Pure.
/// </summary>
public static class VideoMapComposer
{
    /// <summary>A map for each of frames [0, <paramref name="frameCount"/>).</summary>
    /// <param name="analysed">Fused maps of the analysed frames (frame 0 first, increasing).</param>
    /// <param name="frameCount">Frames in the clip.</param>
    /// <param name="cuts">Frames that start a new shot.</param>
    /// <param name="smoothingFactor">α of the moving average (1 = none).</param>
    public static IReadOnlyList<SaliencyMap> Compose(IReadOnlyList<SaliencyMap> analysed, long frameCount, IReadOnlySet<long> cuts, double smoothingFactor)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(cuts);
        if (analysed.Count == 0 || analysed[0].FrameIndex != 0)
        {
            throw new ArgumentException("Frame 0 must be analysed.", nameof(analysed));
        }

        var result = new List<SaliencyMap>((int)frameCount);
        var smoother = new TemporalSmoother(smoothingFactor);
        SaliencyMap? previous = null;
        foreach (var map in analysed)
        {
            long? cut = previous is null ? null : FirstCut(cuts, previous.FrameIndex, map.FrameIndex);
            var current = smoother.Next(map, cut is not null);
            if (previous is not null)
            {
                for (var frame = previous.FrameIndex + 1; frame < map.FrameIndex; frame++)
                {
                    var t = GapInterpolation.WeightOfNext(previous.FrameIndex, map.FrameIndex, frame, cut);
                    var values = new float[current.Values.Length];
                    MapBlend.Lerp(previous.Values, current.Values, t, values);
                    result.Add(current with { FrameIndex = frame, Values = values });
                }
            }

            result.Add(current);
            previous = current;
        }

        for (var frame = previous!.FrameIndex + 1; frame < frameCount; frame++)
        {
            result.Add(previous with { FrameIndex = frame });
        }

        return result;
    }

    private static long? FirstCut(IReadOnlySet<long> cuts, long previous, long current)
    {
        for (var f = previous + 1; f <= current; f++)
        {
            if (cuts.Contains(f))
            {
                return f;
            }
        }

        return null;
    }
}
