using System.Globalization;
using System.Text;

namespace WebAttention.Client.Studio;

/// <summary>
/// Points of the attention chart in a <see cref="Width"/> × <see cref="Height"/> SVG view box (stretched to the
/// element): x is the frame over the clip's length (same scale as the timeline lanes), y is the value, 0 at the
/// bottom and 1 at the top. Pure.
/// </summary>
public static class AttentionChartGeometry
{
    /// <summary>Width of the view box.</summary>
    public const double Width = 1000;

    /// <summary>Height of the view box.</summary>
    public const double Height = 100;

    /// <summary>x of <paramref name="frame"/> in a clip of <paramref name="frameCount"/> frames.</summary>
    public static double X(long frame, long frameCount) => new TimelineScale(frameCount).Percent(frame) * Width / 100;

    /// <summary>
    /// SVG polyline points ("x,y x,y …") of <paramref name="values"/> (0–1; clamped), sample i at frame i × <paramref name="step"/>.
    /// </summary>
    public static string Points(IReadOnlyList<float> values, int step, long frameCount)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var text = new StringBuilder(values.Count * 12);
        for (var i = 0; i < values.Count; i++)
        {
            var y = Height * (1 - Math.Clamp(float.IsFinite(values[i]) ? values[i] : 0, 0, 1));
            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? " " : "")}{X((long)i * step, frameCount):0.##},{y:0.##}");
        }
        return text.ToString();
    }

    /// <summary>The sample of <paramref name="frame"/> (the one at or before it), or −1 when there are none.</summary>
    public static int SampleAt(long frame, int step, int sampleCount) =>
        sampleCount == 0 ? -1 : (int)Math.Clamp(frame / Math.Max(1, step), 0, sampleCount - 1);
}
