namespace WebAttention.Media.Processes;

/// <summary>
/// Runs ffprobe (or another tool whose stdout is the answer) on <see cref="ToolProcess"/> and collects stdout and the
/// exit code: a time limit, the process killed on cancel or timeout, stderr's last lines kept. ffmpeg jobs that write
/// files do not run here but through FFMpegCore (<see cref="FfmpegJob"/>); this stays for the probe, whose failure is
/// an answer (judged from exit code, stderr and a container sniff) rather than an error, and whose JSON fields
/// (e.g. <c>nb_frames</c>) FFMpegCore's analysis does not carry.
/// </summary>
public static class ToolRunner
{
    /// <summary>
    /// Runs <paramref name="binary"/> and collects its output. Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> fires and <see cref="MediaException"/> when
    /// <paramref name="timeout"/> passes; a non-zero exit is returned, not thrown.
    /// </summary>
    public static async Task<ToolResult> RunAsync(
        string binary,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        using var process = ToolProcess.Start(binary, arguments);
        try
        {
            using var reader = new StreamReader(process.StandardOutput);
            var stdout = await reader.ReadToEndAsync(timeoutCts.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(timeoutCts.Token).ConfigureAwait(false);
            var stderr = await process.StderrTailAsync().ConfigureAwait(false);
            return new ToolResult(process.ExitCode, stdout, stderr);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill();
            throw new MediaException($"{process.Name} took longer than {DurationText.Format(timeout)} and was stopped.");
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
    }
}
