namespace WebAttention.Client.Studio;

/// <summary>
/// The attention chart's x scale and values. MudBlazor's line chart spaces samples evenly across its plot area, so
/// the chart's frame axis runs from frame 0 (first sample) to the last sample's frame; the cut and playhead markers
/// and the click-to-seek input use the same scale so that they sit on the series. Pure.
/// </summary>
public static class AttentionChartGeometry
{
    /// <summary>Width of the markers' view box (stretched over the chart's plot area).</summary>
    public const double Width = 1000;

    /// <summary>Height of the markers' view box.</summary>
    public const double Height = 100;

    /// <summary>The frame of the last of <paramref name="sampleCount"/> samples taken every <paramref name="step"/> frames (the right edge of the plot).</summary>
    public static long LastFrame(int step, int sampleCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        return Math.Max(0, sampleCount - 1) * (long)step;
    }

    /// <summary>x of <paramref name="frame"/> in the view box when the plot spans frames 0 to <paramref name="lastFrame"/> (clamped to the plot).</summary>
    public static double X(long frame, long lastFrame) =>
        lastFrame <= 0 ? 0 : Math.Clamp((double)frame / lastFrame, 0, 1) * Width;

    /// <summary>The values as the chart draws them: clamped to 0–1, non-finite values as 0, so that the y axis stays 0–1.</summary>
    public static double[] Values(IReadOnlyList<float> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            result[i] = Math.Clamp(float.IsFinite(values[i]) ? values[i] : 0, 0, 1);
        }
        return result;
    }

    /// <summary>The sample of <paramref name="frame"/> (the one at or before it), or −1 when there are none.</summary>
    public static int SampleAt(long frame, int step, int sampleCount) =>
        sampleCount == 0 ? -1 : (int)Math.Clamp(frame / Math.Max(1, step), 0, sampleCount - 1);
}
