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
}
