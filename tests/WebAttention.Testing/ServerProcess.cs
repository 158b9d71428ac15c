using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WebAttention.Testing;

/// <summary>
/// The built server run as a real OS process on a free loopback port, with its own data folder.
/// It can be killed (SIGKILL, no shutdown) and started again on the same data, as a crash would.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly string[] _extraArguments;
    private readonly StringWriter _log = new();
    private Process? _process;

    public ServerProcess(params string[] extraArguments)
    {
        _extraArguments = extraArguments;
        DataRoot = Path.Combine(Path.GetTempPath(), "webattention-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataRoot);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public string DataRoot { get; }

    /// <summary>Everything the server printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the server and waits until /alive answers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var dll = RepositoryPaths.ServerAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add($"--urls={BaseAddress}");
        start.ArgumentList.Add($"--Storage:DataRoot={DataRoot}");
        start.ArgumentList.Add("--Jobs:PollSeconds=0.2");
        foreach (var argument in _extraArguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await ChildProcess.WaitUntilAliveAsync(BaseAddress, _process, () => Log, TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(200), cancellationToken);
    }

    /// <summary>Resident memory of the server process now.</summary>
    public long ResidentBytes()
    {
        var process = _process ?? throw new InvalidOperationException("Not started.");
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>The server's OS process id (for /proc/PID/status).</summary>
    public int ProcessId => (_process ?? throw new InvalidOperationException("Not started.")).Id;

    /// <summary>Kills the process at once, as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        await Task.Yield();
        try
        {
            Directory.Delete(DataRoot, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
