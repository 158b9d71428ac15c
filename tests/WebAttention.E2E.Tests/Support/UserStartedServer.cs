using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WebAttention.Testing;

namespace WebAttention.E2E.Tests.Support;

/// <summary>
/// The app started the way a user starts it, in the Production environment: README command 1
/// (<c>bash scripts/run.sh</c>, which builds and runs with <c>dotnet run -c Release</c>) or a published build
/// (<c>dotnet WebAttention.Server.dll</c> in the publish folder). Settings go in as a user passes them (arguments);
/// the environment is the test's own minus anything that would pick another environment or data folder. Disposing
/// kills the whole process tree (<c>dotnet run</c> starts the app as a child).
/// </summary>
public sealed class UserStartedServer : IAsyncDisposable
{
    /// <summary>Generous: the script builds the server (and may fetch web dependencies) on a busy two-core machine.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    private static readonly string[] EnvironmentOverrides =
        ["ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "Storage__DataRoot", "ASPNETCORE_URLS", "URLS"];

    private readonly StringWriter _log = new();
    private readonly Process _process;
    private bool _disposed;

    private UserStartedServer(Process process, Uri baseAddress, string dataRoot)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataRoot = dataRoot;
    }

    public Uri BaseAddress { get; }

    /// <summary>The fresh data folder passed with <c>--Storage:DataRoot</c>.</summary>
    public string DataRoot { get; }

    /// <summary>Process id of the process started (bash for the script).</summary>
    public int ProcessId => _process.Id;

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

    /// <summary>README command 1, from the repository root, with a free port and a fresh data folder.</summary>
    public static Task<UserStartedServer> RunScriptAsync(string dataRoot, CancellationToken cancellationToken, params string[] arguments) =>
        StartAsync("bash", RepositoryPaths.Root(), ["scripts/run.sh", .. arguments], dataRoot, cancellationToken);

    /// <summary>
    /// A published build started from another folder (<paramref name="workingDirectory"/>), as the Docker image's
    /// <c>dotnet server/WebAttention.Server.dll</c> did: <c>dotnet PUBLISH/WebAttention.Server.dll</c>.
    /// </summary>
    public static Task<UserStartedServer> RunPublishedAsync(
        string publishFolder, string workingDirectory, string dataRoot, CancellationToken cancellationToken, params string[] arguments) =>
        StartAsync("dotnet", workingDirectory, [Path.Combine(publishFolder, "WebAttention.Server.dll"), .. arguments], dataRoot, cancellationToken);

    /// <summary>Whether anything still accepts connections on the server's port.</summary>
    public bool IsListening()
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, BaseAddress.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The value of an environment variable of a descendant process that listens as the app, read from /proc.</summary>
    public string? AppEnvironmentVariable(string name)
    {
        foreach (var pid in Descendants(_process.Id).Prepend(_process.Id))
        {
            var cmdline = ReadProc(pid, "cmdline");
            if (cmdline is null || !cmdline.Contains("WebAttention.Server", StringComparison.Ordinal) || cmdline.Contains("run\0--project", StringComparison.Ordinal))
            {
                continue;
            }
            var environ = ReadProc(pid, "environ") ?? string.Empty;
            var prefix = name + "=";
            return environ.Split('\0').FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static async Task<UserStartedServer> StartAsync(string file, string workingDirectory, string[] arguments, string dataRoot, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat([$"--Urls={baseAddress}", $"--Storage:DataRoot={dataRoot}"]))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in EnvironmentOverrides)
        {
            start.Environment.Remove(name);
        }
        // Build nodes would outlive the test holding its output pipes; the app itself does not care.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var server = new UserStartedServer(process, baseAddress, dataRoot);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAliveAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private Task WaitUntilAliveAsync(CancellationToken cancellationToken) =>
        ChildProcess.WaitUntilAliveAsync(BaseAddress, _process, () => Log, StartTimeout, TimeSpan.FromMilliseconds(500), cancellationToken);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        var children = ReadProc(pid, $"task/{pid}/children") ?? string.Empty;
        foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            yield return child;
            foreach (var grandchild in Descendants(child))
            {
                yield return grandchild;
            }
        }
    }

    private static string? ReadProc(int pid, string entry)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{entry}");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
