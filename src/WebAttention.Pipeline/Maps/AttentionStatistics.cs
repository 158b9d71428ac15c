using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Maps;

/// <summary>How concentrated one 8-bit saliency map is and where its attention mass sits.</summary>
/// <param name="Focus">1 − entropy ÷ log(cells): 0 when attention is spread evenly (or absent), 1 when it is one cell.</param>
/// <param name="CentroidX">Horizontal centre of mass, 0–1 of the width (cell centres at (x + 0.5) ÷ width); 0.5 for an empty map.</param>
/// <param name="CentroidY">Vertical centre of mass, 0–1 of the height; 0.5 for an empty map.</param>
public readonly record struct MapStatistics(double Focus, double CentroidX, double CentroidY);

/// <summary>Attention statistics of saliency maps over time, for the clip page's chart. Pure math.</summary>
public static class AttentionStatistics
{
    /// <summary>Most samples a timeline holds; longer clips are sampled every few frames.</summary>
    public const int MaxSamples = 2000;

    /// <summary>Frames between samples so that a clip of <paramref name="frameCount"/> frames has at most <paramref name="maxSamples"/> samples.</summary>
    public static int StepFor(long frameCount, int maxSamples = MaxSamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSamples);
        return (int)Math.Max(1, (frameCount + maxSamples - 1) / maxSamples);
    }

    /// <summary>Number of samples of a clip of <paramref name="frameCount"/> frames taken every <paramref name="step"/> frames (frames 0, step, 2·step, …).</summary>
    public static int SampleCount(long frameCount, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        return (int)((frameCount + step - 1) / step);
    }

    /// <summary>Focus and centre of attention of one row-major map of <paramref name="width"/> × <paramref name="height"/> cells.</summary>
    /// <exception cref="ArgumentException">The map does not hold width × height values.</exception>
    public static MapStatistics Of(ReadOnlySpan<byte> map, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (map.Length != width * height)
        {
            throw new ArgumentException($"A {width}×{height} map has {width * height} values, not {map.Length}.", nameof(map));
        }

        double total = 0, sumX = 0, sumY = 0, sumVLogV = 0;
        for (var y = 0; y < height; y++)
        {
            var row = map.Slice(y * width, width);
            for (var x = 0; x < width; x++)
            {
                double v = row[x];
                if (v == 0)
                {
                    continue;
                }
                total += v;
                sumX += v * (x + 0.5);
                sumY += v * (y + 0.5);
                sumVLogV += v * Math.Log(v);
            }
        }
        if (total == 0)
        {
            return new MapStatistics(0, 0.5, 0.5);
        }
        var cells = (double)width * height;
        // H = −Σ p log p with p = v / T  ⇒  H = log T − (Σ v log v) / T.
        var entropy = Math.Max(0, Math.Log(total) - (sumVLogV / total));
        var focus = cells == 1 ? 1 : Math.Clamp(1 - (entropy / Math.Log(cells)), 0, 1);
        return new MapStatistics(focus, sumX / total / width, sumY / total / height);
    }

    /// <summary>
    /// The timeline of maps read through <paramref name="readFrame"/> (frame number → its map): one sample every
    /// <see cref="StepFor"/> frames.
    /// </summary>
    public static async Task<AttentionTimelineView> TimelineAsync(
        SaliencyIndex index, Func<long, CancellationToken, ValueTask<ReadOnlyMemory<byte>>> readFrame, CancellationToken cancellationToken,
        int maxSamples = MaxSamples)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(readFrame);
        var step = StepFor(index.FrameCount, maxSamples);
        var count = SampleCount(index.FrameCount, step);
        var focus = new float[count];
        var centroidX = new float[count];
        var centroidY = new float[count];
        for (var i = 0; i < count; i++)
        {
            var map = await readFrame((long)i * step, cancellationToken).ConfigureAwait(false);
            var stats = Of(map.Span, index.Width, index.Height);
            (focus[i], centroidX[i], centroidY[i]) = ((float)stats.Focus, (float)stats.CentroidX, (float)stats.CentroidY);
        }
        return new AttentionTimelineView(step, index.FrameRate, index.FrameCount, focus, centroidX, centroidY);
    }
}
