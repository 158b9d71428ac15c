namespace WebAttention.Cli.Commands;

/// <summary>Up-front checks of paths named on the command line, so errors name the argument.</summary>
internal static class InputFiles
{
    public static string RequireFile(string? path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliInputException.Usage($"{what} is required.");
        }

        return File.Exists(path) ? Path.GetFullPath(path) : throw new CliInputException($"{what} '{path}' does not exist.");
    }

    public static string RequireFolder(string? path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliInputException.Usage($"{what} is required.");
        }

        return Directory.Exists(path) ? Path.GetFullPath(path) : throw new CliInputException($"{what} '{path}' does not exist or is not a folder.");
    }

    /// <summary>Creates the output folder if needed and returns its full path.</summary>
    public static string OutputFolder(string path) => Directory.CreateDirectory(path).FullName;
}
