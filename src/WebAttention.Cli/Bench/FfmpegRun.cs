using System.Diagnostics;
using WebAttention.Media.Processes;

namespace WebAttention.Cli.Bench;

/// <summary>Runs one ffmpeg command to completion (output discarded, stderr kept for the error); kills it on cancel.</summary>
internal static class FfmpegRun
{
    public static async Task RunAsync(string ffmpegPath, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ffmpegPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new MediaException($"Could not start {ffmpegPath}.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout.ConfigureAwait(false);
        var error = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new MediaException($"ffmpeg failed (exit code {process.ExitCode}): {error.Trim()}") { ToolOutput = error };
        }
    }
}
