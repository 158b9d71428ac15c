using System.Globalization;

namespace WebAttention.Training.Datasets;

/// <summary>
/// Reads video eye-tracking in the ASCMN layout (Riche, Mancas, Culibrk, Crnojevic, Gosselin, Dutoit, "Dynamic saliency
/// models and human attention: a comparative study on videos", ACCV 2012): one folder per video holding the video and
/// <c>fixations.csv</c> with rows <c>frame_1based,subject,x_px,y_px</c>, frame and pixels 1-based as the database stores
/// them; the reader makes all three zero-based.
/// </summary>
public static class AscmnDataset
{
    /// <summary>Name of the gaze file in each folder.</summary>
    public const string GazeFile = "fixations.csv";

    /// <summary>The videos the video model is fitted on.</summary>
    public static IReadOnlyList<string> FitVideos { get; } = ["video2", "video4", "video6", "video8", "video11", "video14"];

    /// <summary>The held-out videos (never used to fit).</summary>
    public static IReadOnlyList<string> ValVideos { get; } = ["video18", "video20", "video23"];

    /// <summary>The splits <see cref="LoadAsync"/> knows: the fit videos, the held-out ones, or every folder with a gaze file.</summary>
    public static IReadOnlyList<string> Splits { get; } = ["fit", "val", "all"];

    /// <summary>The videos of <paramref name="split"/> (fit, val or all) under <paramref name="root"/>; "all" is every folder with a gaze file.</summary>
    /// <exception cref="ArgumentException">An unknown split (see <see cref="Splits"/>).</exception>
    /// <exception cref="FileNotFoundException">A folder of the split has no gaze file or holds no video.</exception>
    public static async Task<IReadOnlyList<GazeVideo>> LoadAsync(string root, string split, CancellationToken cancellationToken)
    {
        IEnumerable<string> names = split switch
        {
            "fit" => FitVideos,
            "val" => ValVideos,
            "all" => Directory.EnumerateDirectories(root).Where(d => File.Exists(Path.Combine(d, GazeFile))).Select(Path.GetFileName).OfType<string>()
                .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal),
            _ => throw new ArgumentException($"The split must be fit, val or all (was '{split}').", nameof(split)),
        };
        var videos = new List<GazeVideo>();
        foreach (var name in names)
        {
            var folder = Path.Combine(root, name);
            var csv = Path.Combine(folder, GazeFile);
            if (!File.Exists(csv))
            {
                throw new FileNotFoundException($"'{folder}' has no {GazeFile}.", csv);
            }

            var video = Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new FileNotFoundException($"'{folder}' holds no video file.");
            using var reader = File.OpenText(csv);
            var gaze = await ParseAsync(reader, csv, cancellationToken).ConfigureAwait(false);
            videos.Add(new GazeVideo(name, video, gaze));
        }

        return videos;
    }

    /// <summary>Parses a gaze file (header line first), converting frame, x and y from 1-based to 0-based.</summary>
    /// <exception cref="InvalidDataException">A row is not four numbers, or a frame or pixel index is below 1.</exception>
    public static async Task<IReadOnlyList<GazeSample>> ParseAsync(TextReader reader, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var samples = new List<GazeSample>();
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (header is null || !header.StartsWith("frame", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{source}: expected the header 'frame_1based,subject,x_px,y_px'.");
        }

        var line = 1;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var parts = text.Split(',');
            if (parts.Length != 4
                || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var frame)
                || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var subject)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                || !double.IsFinite(x) || !double.IsFinite(y))
            {
                // NaN passed the 1-based check below (NaN < 1 is false); NaN and infinities are no pixel.
                throw new InvalidDataException($"{source}:{line}: expected frame,subject,x,y numbers (got '{text}').");
            }

            if (frame < 1 || x < 1 || y < 1)
            {
                throw new InvalidDataException($"{source}:{line}: frame and pixel indices are 1-based (got '{text}').");
            }

            samples.Add(new GazeSample(frame - 1, subject, x - 1, y - 1));
        }

        return samples;
    }
}
