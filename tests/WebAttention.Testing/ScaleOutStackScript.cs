using System.Diagnostics;
using System.Globalization;

namespace WebAttention.Testing;

/// <summary>
/// The scale-out stack of <c>infra/stack.sh</c> (PostgreSQL, Redis, s3rver, two web nodes, workers) in a folder of its
/// own on free ports, started and stopped through the script itself; its logs are copied to artifacts/scaleout/.
/// </summary>
public sealed class ScaleOutStackScript : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "webattention-stack", Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public Uri WebA => new(Settings["STACK_web_a_URL"]);
    public Uri WebB => new(Settings["STACK_web_b_URL"]);

    /// <summary>The worker processes by pid, in start order (worker_1, worker_2, …).</summary>
    public IReadOnlyList<int> WorkerPids => [.. Settings.Where(s => s.Key.StartsWith("STACK_worker_", StringComparison.Ordinal) && s.Key.EndsWith("_PID", StringComparison.Ordinal))
        .OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => int.Parse(s.Value, CultureInfo.InvariantCulture))];

    public string PostgresConnection => Settings["ConnectionStrings__App"];

    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>Starts the stack with <paramref name="workers"/> workers and extra worker arguments.</summary>
    public async Task StartAsync(int workers = 2, string workerArguments = "")
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var (exit, output) = await RunAsync("start", configuration,
            ("WORKERS", workers.ToString(CultureInfo.InvariantCulture)), ("WORKER_ARGS", workerArguments));
        if (exit != 0)
        {
            throw new InvalidOperationException($"infra/stack.sh start failed ({exit}):\n{output}");
        }
        Settings = File.ReadAllLines(Path.Combine(_folder, "stack.env"))
            .Where(l => l.StartsWith("export ", StringComparison.Ordinal))
            .Select(l => l["export ".Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('\''));
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("stop", "Release");
        var artifacts = RepositoryPaths.Artifacts("scaleout");
        if (Directory.Exists(LogFolder))
        {
            foreach (var log in Directory.EnumerateFiles(LogFolder, "*.log"))
            {
                File.Copy(log, Path.Combine(artifacts, Path.GetFileName(log)), overwrite: true);
            }
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // PostgreSQL's files belong to its own user; the temp folder is cleaned by the system.
        }
    }

    private async Task<(int Exit, string Output)> RunAsync(string command, string configuration, params (string Name, string Value)[] environment)
    {
        var root = RepositoryPaths.Root();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(Path.Combine(root, "infra", "stack.sh"));
        start.ArgumentList.Add(command);
        start.Environment["STACK_DIR"] = _folder;
        start.Environment["CONFIGURATION"] = configuration;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
