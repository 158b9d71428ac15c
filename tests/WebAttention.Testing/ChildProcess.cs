using System.Diagnostics;

namespace WebAttention.Testing;

/// <summary>Child processes the tests start as a user would: run to the end, or wait for a started server to answer.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="file"/> to its end (e.g. <c>dotnet publish</c>, <c>git</c>), returning its exit code and
    /// stdout + stderr; killed with its children and reported as a <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(string file, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} ran longer than {timeout}.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// Polls <c>/alive</c> at <paramref name="baseAddress"/> until it answers; throws with the server's log when
    /// <paramref name="server"/> exits first or <paramref name="timeout"/> passes.
    /// </summary>
    public static async Task WaitUntilAliveAsync(Uri baseAddress, Process server, Func<string> log, TimeSpan timeout, TimeSpan poll, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {server.ExitCode}:\n{log()}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/alive", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (building or starting).
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start.
            }
            await Task.Delay(poll, cancellationToken);
        }
        throw new TimeoutException($"The server did not answer /alive within {timeout}:\n{log()}");
    }
}
