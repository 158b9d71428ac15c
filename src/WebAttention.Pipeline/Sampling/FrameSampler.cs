using WebAttention.Pipeline.Analysis;

namespace WebAttention.Pipeline.Sampling;

/// <summary>
/// Pure schedule of the frames the attention model looks at: every k-th frame, or the frames whose
/// timestamps cross the ticks of a target analysis rate. Frame 0 is always scheduled.
/// </summary>
public sealed class FrameSampler
{
    private readonly int _stride;
    private readonly double _ratio;

    private FrameSampler(int stride, double ratio, int maxGap)
    {
        _stride = stride;
        _ratio = ratio;
        MaxGap = maxGap;
    }

    /// <summary>Most frames from one scheduled frame to the next (1 when every frame is scheduled).</summary>
    public int MaxGap { get; }

    /// <summary>Schedules frames 0, k, 2k, ...</summary>
    public static FrameSampler EveryNth(int stride)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stride);
        return new FrameSampler(stride, 0, stride);
    }

    /// <summary>
    /// Schedules about <paramref name="targetFramesPerSecond"/> frames a second of a clip at
    /// <paramref name="clipFramesPerSecond"/>: frame i when ⌊i × target / clip⌋ steps up (frame 0 always).
    /// </summary>
    public static FrameSampler AtRate(double targetFramesPerSecond, double clipFramesPerSecond)
    {
        if (!(targetFramesPerSecond > 0) || double.IsInfinity(targetFramesPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(targetFramesPerSecond), targetFramesPerSecond, "Must be a positive rate.");
        }

        if (!(clipFramesPerSecond > 0) || double.IsInfinity(clipFramesPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(clipFramesPerSecond), clipFramesPerSecond, "Must be a positive rate.");
        }

        var ratio = targetFramesPerSecond / clipFramesPerSecond;
        return ratio >= 1
            ? EveryNth(1)
            : new FrameSampler(0, ratio, (int)Math.Ceiling((1 / ratio) - 1e-9));
    }

    /// <summary>The schedule <paramref name="options"/> ask for on a clip at <paramref name="clipFramesPerSecond"/>.</summary>
    public static FrameSampler For(AnalysisOptions options, double clipFramesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FrameStride > 0
            ? EveryNth(options.FrameStride)
            : AtRate(options.TargetFramesPerSecond, clipFramesPerSecond);
    }

    /// <summary>Whether frame <paramref name="frameIndex"/> is on the schedule.</summary>
    public bool IsScheduled(long frameIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameIndex);
        if (frameIndex == 0)
        {
            return true;
        }

        return _stride > 0 ? frameIndex % _stride == 0 : Tick(frameIndex) > Tick(frameIndex - 1);
    }

    /// <summary>How many of frames [0, <paramref name="frameCount"/>) are scheduled.</summary>
    public long CountScheduled(long frameCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        if (frameCount == 0)
        {
            return 0;
        }

        return _stride > 0 ? ((frameCount - 1) / _stride) + 1 : Tick(frameCount - 1) + 1;
    }

    // Small epsilon so exact ratios (30 → 5 fps) are not lost to rounding.
    private long Tick(long frameIndex) => (long)Math.Floor((frameIndex * _ratio) + 1e-9);
}
