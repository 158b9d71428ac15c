namespace WebAttention.Media.Processes;

/// <summary>
/// The one way this code base runs ffmpeg/ffprobe to completion (streaming decodes use <see cref="ToolProcess"/>
/// directly): arguments as a list, a time limit, the process killed on cancel or timeout, stderr's last lines kept
/// for the error, stdout collected or handed over line by line (progress).
/// </summary>
public static class ToolRunner
{
    /// <summary>
    /// Runs <paramref name="binary"/> and collects its output. Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> fires and <see cref="MediaException"/> when
    /// <paramref name="timeout"/> passes; a non-zero exit is returned, not thrown.
    /// </summary>
    public static Task<ToolResult> RunAsync(
        string binary,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken) =>
        RunCoreAsync(binary, arguments, timeout, what: null, onOutputLine: null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="binary"/> and throws <see cref="MediaException"/> unless it exits with 0:
    /// "ffmpeg could not <paramref name="what"/> (exit code N): last stderr line", the stderr tail in
    /// <see cref="MediaException.ToolOutput"/>; or "ffmpeg took longer than … to <paramref name="what"/> and was stopped".
    /// Each stdout line goes to <paramref name="onOutputLine"/> when given (e.g. <c>-progress pipe:1</c>), else stdout is returned.
    /// </summary>
    public static async Task<ToolResult> RunToSuccessAsync(
        string binary,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string what,
        Action<string>? onOutputLine,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var result = await RunCoreAsync(binary, arguments, timeout, what, onOutputLine, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var last = result.StderrTail.Split('\n').LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "no error message";
            throw new MediaException($"{Path.GetFileName(binary)} could not {what} (exit code {result.ExitCode}): {last}") { ToolOutput = result.StderrTail };
        }

        return result;
    }

    private static async Task<ToolResult> RunCoreAsync(
        string binary,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string? what,
        Action<string>? onOutputLine,
        CancellationToken cancellationToken)
    {
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        using var process = ToolProcess.Start(binary, arguments);
        try
        {
            using var reader = new StreamReader(process.StandardOutput);
            var stdout = string.Empty;
            if (onOutputLine is null)
            {
                stdout = await reader.ReadToEndAsync(timeoutCts.Token).ConfigureAwait(false);
            }
            else
            {
                while (await reader.ReadLineAsync(timeoutCts.Token).ConfigureAwait(false) is { } line)
                {
                    onOutputLine(line);
                }
            }

            await process.WaitForExitAsync(timeoutCts.Token).ConfigureAwait(false);
            var stderr = await process.StderrTailAsync().ConfigureAwait(false);
            return new ToolResult(process.ExitCode, stdout, stderr);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill();
            var task = what is null ? string.Empty : " to " + what;
            throw new MediaException($"{process.Name} took longer than {DurationText.Format(timeout)}{task} and was stopped.");
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
    }
}
