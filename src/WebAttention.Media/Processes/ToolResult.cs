namespace WebAttention.Media.Processes;

/// <summary>How an ffmpeg/ffprobe run ended.</summary>
/// <param name="ExitCode">Process exit code (0 is success).</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StderrTail">The last lines written to stderr.</param>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StderrTail)
{
    /// <summary>True when the tool exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
