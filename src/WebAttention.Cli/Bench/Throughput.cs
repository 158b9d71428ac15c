namespace WebAttention.Cli.Bench;

/// <summary>One measured rate.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Frames">Frames handled.</param>
/// <param name="Seconds">Wall seconds.</param>
public sealed record Throughput(string Name, long Frames, double Seconds)
{
    /// <summary>Frames per second (0 when nothing was timed).</summary>
    public double FramesPerSecond => Seconds > 0 ? Frames / Seconds : 0;
}
