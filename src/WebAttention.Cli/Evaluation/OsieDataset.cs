using System.Globalization;

namespace WebAttention.Cli.Evaluation;

/// <summary>
/// Reads a data set in the OSIE layout: <c>stimuli/NAME</c>, <c>fixations.csv</c> with header
/// <c>image,subject,x,y[,duration_ms]</c>, and one <c>&lt;split&gt;.txt</c> per split listing image names.
/// </summary>
public static class OsieDataset
{
    /// <summary>Loads the images of <paramref name="split"/> in split order, each with its fixations.</summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed; the message names it.</exception>
    public static async Task<IReadOnlyList<EyeTrackedImage>> LoadAsync(string root, string split, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);
        var splitFile = Path.Combine(root, split + ".txt");
        var fixationsFile = Path.Combine(root, "fixations.csv");
        foreach (var required in new[] { splitFile, fixationsFile })
        {
            if (!File.Exists(required))
            {
                throw new InvalidDataException($"The data set at '{root}' has no {Path.GetFileName(required)}.");
            }
        }

        var names = (await File.ReadAllLinesAsync(splitFile, cancellationToken).ConfigureAwait(false))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var fixations = ParseFixations(await File.ReadAllLinesAsync(fixationsFile, cancellationToken).ConfigureAwait(false));
        var images = new List<EyeTrackedImage>(names.Count);
        foreach (var name in names)
        {
            var path = Path.Combine(root, "stimuli", name);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{Path.GetFileName(splitFile)} lists '{name}' but stimuli/{name} does not exist.");
            }

            images.Add(new EyeTrackedImage(name, path, fixations.TryGetValue(name, out var list) ? list : []));
        }

        return images;
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
                || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
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
}
