namespace WebAttention.Inference;

/// <summary>Finds the repository root (the folder holding WebAttention.sln) to resolve default paths.</summary>
public static class RepositoryPaths
{
    /// <summary>Solution file that marks the root.</summary>
    public const string SolutionFile = "WebAttention.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> (default: current directory) holding the solution; null if none.</summary>
    public static string? FindRoot(string? start = null)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(start ?? Directory.GetCurrentDirectory()));
        while (folder is not null)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }

            folder = folder.Parent;
        }

        return null;
    }

    /// <summary>Default OSIE folder: <c>../shared/data/osie</c> beside the repository root (or the current directory).</summary>
    public static string DefaultOsieRoot(string? start = null) =>
        Path.GetFullPath(Path.Combine(FindRoot(start) ?? Directory.GetCurrentDirectory(), "..", "shared", "data", "osie"));
}
