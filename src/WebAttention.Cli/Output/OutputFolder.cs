using System.Text.RegularExpressions;

namespace WebAttention.Cli.Output;

/// <summary>Clears what an earlier run left in an output folder, so the folder holds exactly one run's files.</summary>
internal static partial class OutputFolder
{
    /// <summary>Deletes numbered map PNGs (<c>0001.png</c>, …) and the named files; other files are left alone.</summary>
    public static void RemovePreviousRun(string folder, params string[] fileNames)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.png"))
        {
            if (NumberedPng().IsMatch(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }

        foreach (var name in fileNames)
        {
            File.Delete(Path.Combine(folder, name));
        }
    }

    [GeneratedRegex("^[0-9]{4,}\\.png$")]
    private static partial Regex NumberedPng();
}
