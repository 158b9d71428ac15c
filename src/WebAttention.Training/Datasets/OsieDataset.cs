using System.Globalization;
using WebAttention.Inference;

namespace WebAttention.Training.Datasets;

/// <summary>
/// The OSIE eye-fixation data read in place from its folder (never copied): <c>stimuli/NAME</c>, <c>fixations.csv</c>
/// with header <c>image,subject,x,y[,duration_ms]</c>, and one <c>&lt;split&gt;.txt</c> per split listing image names
/// (OSIE's fixed <c>train.txt</c>/<c>val.txt</c>). The one reader of this layout: training reads both splits, evaluation one.
/// Credit: Xu, Jiang, Wang, Kankanhalli, Zhao, "Predicting human gaze beyond pixels", JoV 14(1):28, 2014 (MIT).
/// </summary>
/// <param name="Root">The data folder.</param>
/// <param name="Train">Images of train.txt, in file order.</param>
/// <param name="Val">Images of val.txt, in file order.</param>
public sealed record OsieDataset(string Root, IReadOnlyList<EyeTrackedImage> Train, IReadOnlyList<EyeTrackedImage> Val)
{
    /// <summary>Default OSIE folder: <c>../shared/data/osie</c> beside the repository root found from <paramref name="start"/> (or the current directory).</summary>
    public static string DefaultRoot(string? start = null) =>
        Path.GetFullPath(Path.Combine(RepositoryPaths.FindRoot(start) ?? Directory.GetCurrentDirectory(), "..", "shared", "data", "osie"));

    /// <summary>True when <paramref name="root"/> holds the files training needs (both splits, the fixations and the stimuli).</summary>
    public static bool IsPresent(string root) =>
        File.Exists(Path.Combine(root, "fixations.csv")) && File.Exists(Path.Combine(root, "train.txt"))
        && File.Exists(Path.Combine(root, "val.txt")) && Directory.Exists(Path.Combine(root, "stimuli"));

    /// <summary>Reads the train and val splits under <paramref name="root"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder or one of its files is missing.</exception>
    /// <exception cref="InvalidDataException">A malformed line, or a listed image with no stimulus file.</exception>
    public static async Task<OsieDataset> LoadAsync(string root, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(root);
        if (!IsPresent(full))
        {
            throw new DirectoryNotFoundException($"OSIE data not found under '{full}' (needs stimuli/, fixations.csv, train.txt, val.txt).");
        }

        var fixations = await ReadFixationsAsync(full, cancellationToken).ConfigureAwait(false);
        var train = await ReadSplitAsync(full, "train", fixations, cancellationToken).ConfigureAwait(false);
        var val = await ReadSplitAsync(full, "val", fixations, cancellationToken).ConfigureAwait(false);
        return new OsieDataset(full, train, val);
    }

    /// <summary>Loads the images of <paramref name="split"/> in split order, each with its fixations.</summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed; the message names it.</exception>
    public static async Task<IReadOnlyList<EyeTrackedImage>> LoadSplitAsync(string root, string split, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);
        foreach (var required in new[] { split + ".txt", "fixations.csv" })
        {
            if (!File.Exists(Path.Combine(root, required)))
            {
                throw new InvalidDataException($"The data set at '{root}' has no {required}.");
            }
        }

        var fixations = await ReadFixationsAsync(root, cancellationToken).ConfigureAwait(false);
        return await ReadSplitAsync(root, split, fixations, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses <c>fixations.csv</c> lines (header first) into fixations per image name. Pure.</summary>
    /// <exception cref="InvalidDataException">The header or a row is malformed.</exception>
    public static Dictionary<string, List<SubjectFixation>> ParseFixations(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new Dictionary<string, List<SubjectFixation>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (number == 1)
            {
                if (!line.Trim().StartsWith("image,subject,x,y", StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"fixations.csv must start with the header 'image,subject,x,y[,duration_ms]', not '{line}'.");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length < 4
                || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var subject)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                || !double.IsFinite(x) || !double.IsFinite(y))
            {
                // NaN, "Infinity" and 1e999 parse as doubles but are no place on an image.
                throw new InvalidDataException($"fixations.csv line {number} is not 'image,subject,x,y': '{line}'.");
            }

            var name = parts[0].Trim();
            if (!result.TryGetValue(name, out var list))
            {
                result[name] = list = [];
            }

            list.Add(new SubjectFixation(subject, x, y));
        }

        return result;
    }

    private static async Task<Dictionary<string, List<SubjectFixation>>> ReadFixationsAsync(string root, CancellationToken cancellationToken) =>
        ParseFixations(await File.ReadAllLinesAsync(Path.Combine(root, "fixations.csv"), cancellationToken).ConfigureAwait(false));

    private static async Task<List<EyeTrackedImage>> ReadSplitAsync(
        string root, string split, Dictionary<string, List<SubjectFixation>> fixations, CancellationToken cancellationToken)
    {
        var listFile = split + ".txt";
        var names = (await File.ReadAllLinesAsync(Path.Combine(root, listFile), cancellationToken).ConfigureAwait(false))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        var images = new List<EyeTrackedImage>();
        foreach (var name in names)
        {
            var path = Path.Combine(root, "stimuli", name);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{listFile} lists '{name}' but stimuli/{name} does not exist.");
            }

            images.Add(new EyeTrackedImage(name, path, fixations.TryGetValue(name, out var list) ? list : []));
        }

        return images;
    }
}
