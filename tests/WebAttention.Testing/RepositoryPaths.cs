namespace WebAttention.Testing;

/// <summary>Finds the repository and the server's build output from a test's bin folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding WebAttention.sln.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WebAttention.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("WebAttention.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>WebAttention.Server.dll of the same configuration as the running tests.</summary>
    public static string ServerAssembly()
    {
        // Tests run from tests/<Project>/bin/<Configuration>/net10.0/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(Root(), "src", "WebAttention.Server", "bin", configuration, "net10.0", "WebAttention.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the server first (dotnet build).", path);
    }

    /// <summary>WebAttention.Worker.dll (the scale-out worker host) of the same configuration as the running tests.</summary>
    public static string WorkerAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(Root(), "src", "WebAttention.Worker", "bin", configuration, "net10.0", "WebAttention.Worker.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the worker first (dotnet build).", path);
    }

    /// <summary>Where tests keep artifacts (screenshots) for CI to show.</summary>
    public static string Artifacts(string name)
    {
        var folder = Path.Combine(Root(), "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
