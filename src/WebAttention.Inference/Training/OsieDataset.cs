using System.Globalization;

namespace WebAttention.Inference.Training;

/// <summary>
/// The OSIE eye-fixation data read in place from its folder (never copied): <c>stimuli/*.jpg</c>,
/// <c>fixations.csv</c> (<c>image,subject,x,y,duration_ms</c>) and the fixed <c>train.txt</c>/<c>val.txt</c> split.
/// Credit: Xu, Jiang, Wang, Kankanhalli, Zhao, "Predicting human gaze beyond pixels", JoV 14(1):28, 2014 (MIT).
/// </summary>
/// <param name="Root">The data folder.</param>
/// <param name="Train">Images of train.txt, in file order.</param>
/// <param name="Val">Images of val.txt, in file order.</param>
public sealed record OsieDataset(string Root, IReadOnlyList<OsieImage> Train, IReadOnlyList<OsieImage> Val)
{
    /// <summary>True when <paramref name="root"/> holds the files this reader needs.</summary>
    public static bool IsPresent(string root) =>
        File.Exists(Path.Combine(root, "fixations.csv")) && File.Exists(Path.Combine(root, "train.txt"))
        && File.Exists(Path.Combine(root, "val.txt")) && Directory.Exists(Path.Combine(root, "stimuli"));

    /// <summary>Reads the split lists and fixations under <paramref name="root"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder or one of its files is missing.</exception>
    /// <exception cref="InvalidDataException">A malformed line, or a listed image with no stimulus file.</exception>
    public static async Task<OsieDataset> LoadAsync(string root, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(root);
        if (!IsPresent(full))
        {
            throw new DirectoryNotFoundException($"OSIE data not found under '{full}' (needs stimuli/, fixations.csv, train.txt, val.txt).");
        }

        var csv = await File.ReadAllLinesAsync(Path.Combine(full, "fixations.csv"), cancellationToken).ConfigureAwait(false);
        var fixations = ParseFixations(csv);
        var train = await ReadSplitAsync(full, "train.txt", fixations, cancellationToken).ConfigureAwait(false);
        var val = await ReadSplitAsync(full, "val.txt", fixations, cancellationToken).ConfigureAwait(false);
        return new OsieDataset(full, train, val);
    }

    /// <summary>Parses <c>fixations.csv</c> lines (header first) into fixations per image name. Pure.</summary>
    public static IReadOnlyDictionary<string, List<Fixation>> ParseFixations(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var byImage = new Dictionary<string, List<Fixation>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue; // header
            }

            var parts = line.Split(',');
            if (parts.Length < 4
                || !float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !float.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                throw new InvalidDataException($"fixations.csv line {number} is not 'image,subject,x,y,duration_ms': '{line}'.");
            }

            var name = parts[0].Trim();
            if (!byImage.TryGetValue(name, out var list))
            {
                byImage[name] = list = [];
            }

            list.Add(new Fixation(x, y));
        }

        return byImage;
    }

    private static async Task<List<OsieImage>> ReadSplitAsync(
        string root, string listFile, IReadOnlyDictionary<string, List<Fixation>> fixations, CancellationToken cancellationToken)
    {
        var names = (await File.ReadAllLinesAsync(Path.Combine(root, listFile), cancellationToken).ConfigureAwait(false))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        var images = new List<OsieImage>();
        foreach (var name in names)
        {
            var path = Path.Combine(root, "stimuli", name);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{listFile} lists '{name}' but '{path}' does not exist.");
            }

            images.Add(new OsieImage(name, path, fixations.TryGetValue(name, out var list) ? list : []));
        }

        return images;
    }
}
