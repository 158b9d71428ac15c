using System.Diagnostics;
using WebAttention.Testing;

namespace WebAttention.ScaleOut.Tests;

/// <summary>
/// Runs <c>infra/stack.sh start</c> in a stack folder of its own (free ports), reads the settings it printed, and
/// stops it afterwards; the stack's logs are copied to artifacts/scaleout/ whatever the outcome.
/// </summary>
public sealed class ScaleOutStack : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "webattention-stack", Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public Uri WebA => new(Settings["STACK_web_a_URL"]);
    public Uri WebB => new(Settings["STACK_web_b_URL"]);

    /// <summary>The worker processes by pid.</summary>
    public IReadOnlyList<int> WorkerPids => [int.Parse(Settings["STACK_worker_1_PID"], System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(Settings["STACK_worker_2_PID"], System.Globalization.CultureInfo.InvariantCulture)];

    public string PostgresConnection => Settings["ConnectionStrings__App"];

    public string LogFolder => Path.Combine(_folder, "logs");

    public async Task InitializeAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var (exit, output) = await RunStackAsync("start", configuration,
            // A short lease so the surviving worker takes over a killed one's job quickly.
            ("WORKER_ARGS", "--Jobs:LeaseSeconds 5 --Jobs:PollSeconds 0.5"));
        if (exit != 0)
        {
            throw new InvalidOperationException($"infra/stack.sh start failed ({exit}):\n{output}");
        }
        Settings = File.ReadAllLines(Path.Combine(_folder, "stack.env"))
            .Where(l => l.StartsWith("export ", StringComparison.Ordinal))
            .Select(l => l["export ".Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('\''));
    }

    public async Task DisposeAsync()
    {
        await RunStackAsync("stop", "Release");
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
        catch (IOException)
        {
            // PostgreSQL files owned by another user: the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task<(int Exit, string Output)> RunStackAsync(string command, string configuration, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root() };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root(), "infra", "stack.sh"));
        start.ArgumentList.Add(command);
        start.Environment["STACK_DIR"] = _folder;
        start.Environment["CONFIGURATION"] = configuration;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
