using System.Diagnostics;

namespace WebAttention.Media.Processes;

/// <summary>
/// One running ffmpeg/ffprobe process: arguments passed as a list (no shell, no quoting), stdout
/// exposed as a stream, stderr drained in the background (keeping its last lines), killed on dispose
/// unless it already ended.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    private const int TailLines = 20;
    private readonly Process _process;
    private readonly Task<string> _stderrTail;

    private ToolProcess(Process process)
    {
        _process = process;
        _stderrTail = DrainAsync(process.StandardError);
    }

    /// <summary>File name of the binary, for messages ("ffmpeg").</summary>
    public string Name => Path.GetFileName(_process.StartInfo.FileName);

    /// <summary>The process's standard output.</summary>
    public Stream StandardOutput => _process.StandardOutput.BaseStream;

    /// <summary>Exit code; valid once <see cref="WaitForExitAsync"/> completed.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="binary"/> with <paramref name="arguments"/>.</summary>
    public static ToolProcess Start(string binary, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            throw new MediaException($"Could not start {binary}: {ex.Message}. Is ffmpeg installed (Media:Ffmpeg:BinaryFolder)?", ex);
        }

        process.StandardInput.Close();
        return new ToolProcess(process);
    }

    /// <summary>Waits for the process to end.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>The last lines of stderr, once the process has closed it.</summary>
    public Task<string> StderrTailAsync() => _stderrTail;

    /// <summary>Kills the process (and children) if it still runs; never throws.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Could not be signalled: it is exiting.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static async Task<string> DrainAsync(StreamReader stderr)
    {
        var tail = new Queue<string>(TailLines);
        while (await stderr.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (tail.Count == TailLines)
            {
                tail.Dequeue();
            }

            tail.Enqueue(line);
        }

        return string.Join('\n', tail);
    }
}
