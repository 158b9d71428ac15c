using System.Globalization;

namespace WebAttention.Core.Media;

/// <summary>
/// Frame ↔ time for a constant-rate clip of <see cref="FrameCount"/> frames at <see cref="FrameRate"/> frames per second
/// (30000/1001 for 29.97): frame <c>n</c> is on screen from <c>n / rate</c> until <c>(n + 1) / rate</c>. Every place that
/// turns a player's time into a frame or back uses this (the studio's JS modules mirror <see cref="FrameAt"/> and
/// <see cref="SeekTime"/>). Variable-rate sources reach the browser as a constant-rate proxy (see ProxyCommands), so this
/// holds for them too. Pure.
/// </summary>
/// <param name="FrameRate">Frames per second, positive.</param>
/// <param name="FrameCount">Frames in the clip; 0 when unknown (no upper clamp then).</param>
public readonly record struct FrameClock(double FrameRate, long FrameCount)
{
    /// <summary>
    /// Fraction of a frame added before flooring, so that a time written as <c>n / rate</c> (rounded to a few
    /// decimals, as media elements report it) reads as frame <c>n</c>, not <c>n − 1</c>.
    /// </summary>
    public const double Epsilon = 1e-3;

    /// <summary>Whether the rate is usable (positive and finite).</summary>
    public bool IsKnown => FrameRate > 0 && double.IsFinite(FrameRate);

    /// <summary>The frame on screen at <paramref name="seconds"/>, clamped to the clip.</summary>
    public long FrameAt(double seconds)
    {
        RequireRate();
        if (!double.IsFinite(seconds) || seconds <= 0)
        {
            return 0;
        }
        var frame = (long)Math.Floor((seconds * FrameRate) + Epsilon);
        return Clamp(frame);
    }

    /// <summary>When <paramref name="frame"/> starts, in seconds.</summary>
    public double StartOf(long frame)
    {
        RequireRate();
        return Clamp(frame) / FrameRate;
    }

    /// <summary>The time to seek a player to so that it shows <paramref name="frame"/>: the middle of the frame, so rounding in the player cannot land on a neighbour.</summary>
    public double SeekTime(long frame)
    {
        RequireRate();
        return (Clamp(frame) + 0.5) / FrameRate;
    }

    /// <summary>The frame <paramref name="frames"/> away from <paramref name="frame"/> (−1 previous, +1 next), clamped to the clip.</summary>
    public long Step(long frame, int frames) => Clamp(frame + frames);

    /// <summary>"mm:ss.ff · frame n" of <paramref name="frame"/> (the time the frame starts).</summary>
    public string Timecode(long frame)
    {
        // Whole hundredths, truncated (never "00:60.00"); the tiny offset keeps 8.0 s from reading 7.99.
        var hundredths = (long)Math.Floor((StartOf(frame) * 100) + 1e-6);
        return string.Create(CultureInfo.InvariantCulture, $"{hundredths / 6000:00}:{hundredths % 6000 / 100:00}.{hundredths % 100:00} · frame {Clamp(frame)}");
    }

    private long Clamp(long frame) => Math.Max(0, FrameCount > 0 ? Math.Min(frame, FrameCount - 1) : frame);

    private void RequireRate()
    {
        if (!IsKnown)
        {
            throw new InvalidOperationException($"The frame rate {FrameRate.ToString(CultureInfo.InvariantCulture)} is not usable.");
        }
    }
}
