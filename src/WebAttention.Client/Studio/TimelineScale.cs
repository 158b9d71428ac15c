using System.Globalization;

namespace WebAttention.Client.Studio;

/// <summary>Frame ↔ horizontal position on a timeline of <see cref="FrameCount"/> frames.</summary>
public readonly record struct TimelineScale(long FrameCount)
{
    /// <summary>Left edge of <paramref name="frame"/> in percent of the lane, 0–100.</summary>
    public double Percent(long frame) => FrameCount <= 0 ? 0 : Math.Clamp(100.0 * frame / FrameCount, 0, 100);

    /// <summary>The frame under a point at <paramref name="fraction"/> (0–1) of the lane width.</summary>
    public long FrameAt(double fraction) =>
        FrameCount <= 0 ? 0 : Math.Clamp((long)Math.Floor(fraction * FrameCount), 0, FrameCount - 1);

    /// <summary>CSS percentage (invariant culture), e.g. "12.5%".</summary>
    public string Css(long frame) => Percent(frame).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
