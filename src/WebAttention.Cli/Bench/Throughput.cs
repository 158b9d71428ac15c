namespace WebAttention.Cli.Bench;

/// <summary>One measured rate.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Frames">Frames handled.</param>
/// <param name="Seconds">Wall seconds.</param>
/// <param name="CpuSeconds">CPU seconds (user + system) of this process and its ffmpeg runs, where measured (NaN otherwise).</param>
public sealed record Throughput(string Name, long Frames, double Seconds, double CpuSeconds = double.NaN)
{
    /// <summary>Frames per second (0 when nothing was timed).</summary>
    public double FramesPerSecond => Seconds > 0 ? Frames / Seconds : 0;

    /// <summary>
    /// Wall seconds a frame of <paramref name="slow"/> ÷ wall seconds a frame of <paramref name="fast"/> (so runs over
    /// different frame counts compare fairly); NaN when either handled no frames or took no time.
    /// </summary>
    public static double TimeRatio(Throughput slow, Throughput fast)
    {
        ArgumentNullException.ThrowIfNull(slow);
        ArgumentNullException.ThrowIfNull(fast);
        return slow.FramesPerSecond > 0 && fast.FramesPerSecond > 0 ? fast.FramesPerSecond / slow.FramesPerSecond : double.NaN;
    }
}
