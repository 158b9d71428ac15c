namespace WebAttention.Server.Extensions;

/// <summary>
/// The content root (appsettings.json, wwwroot) of a published server started from another folder, e.g.
/// <c>dotnet /opt/wa/WebAttention.Server.dll</c>: the app's own folder rather than the working directory, where
/// ASP.NET Core looks by default and would find neither (a blank page). <c>dotnet run</c> and the tests, whose
/// working folder holds the settings, keep the default, as does an explicit <c>--contentRoot</c>.
/// </summary>
public static class AppContentRoot
{
    /// <summary>The folder to use as content root, or null to keep ASP.NET Core's default (the working directory).</summary>
    public static string? Resolve(string[] args, string workingDirectory, string appDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        var explicitRoot = args.Any(a => a.TrimStart('-').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"));
        var published = File.Exists(Path.Combine(appDirectory, "appsettings.json")) && Directory.Exists(Path.Combine(appDirectory, "wwwroot"));
        var workingHasSettings = File.Exists(Path.Combine(workingDirectory, "appsettings.json"));
        return !explicitRoot && published && !workingHasSettings ? appDirectory : null;
    }
}
