using System.Text.Json;
using System.Text.RegularExpressions;

namespace WebAttention.Inference.Readout;

/// <summary>
/// Reads and writes readout weight files (small JSON, committed under <c>Weights/</c> and embedded in
/// this assembly). Reading validates every length against the declared dimensions.
/// </summary>
public static partial class ReadoutWeightsFile
{
    /// <summary>The <c>format</c> field of every readout weight file.</summary>
    public const string FormatName = "webattention-readout";

    /// <summary>Prefix of embedded weight resources; the file name follows.</summary>
    public const string ResourcePrefix = "WebAttention.Inference.Weights.";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Serialises <paramref name="parameters"/> with its name, backbone description and training record.</summary>
    public static string ToJson(ReadoutParameters parameters, string name, string backbone, IReadOnlyList<int> featureStrides, int gridStride, TrainingRecord? training)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var document = new ReadoutWeightsDocument
        {
            Name = name,
            Backbone = backbone,
            FeatureStrides = featureStrides,
            GridStride = gridStride,
            Channels = parameters.Channels,
            Hidden = parameters.Hidden,
            BlurSigma = parameters.BlurSigma,
            PriorRows = parameters.PriorRows,
            PriorCols = parameters.PriorCols,
            Training = training,
            FeatureMean = parameters.FeatureMean,
            FeatureScale = parameters.FeatureScale,
            W1 = parameters.W1.ToArray(),
            B1 = parameters.B1.ToArray(),
            W2 = parameters.W2.ToArray(),
            Prior = parameters.Prior.ToArray(),
        };
        // Indented for the record, but each number array on one line (keeps the file small and diffs readable).
        return NumberArray().Replace(JsonSerializer.Serialize(document, Options), m => Whitespace().Replace(m.Value, string.Empty)) + "\n";
    }

    /// <summary>Parses and validates a weight file.</summary>
    /// <exception cref="InvalidDataException">Wrong format or inconsistent lengths.</exception>
    public static (ReadoutParameters Parameters, ReadoutWeightsDocument Document) Parse(string json)
    {
        ReadoutWeightsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ReadoutWeightsDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Not a readout weight file: {ex.Message}", ex);
        }

        if (document is null || document.Format != FormatName || document.FormatVersion != 1)
        {
            throw new InvalidDataException($"Not a readout weight file (format must be '{FormatName}', version 1).");
        }

        var (c, k) = (document.Channels, document.Hidden);
        if (c <= 0 || k <= 0 || document.PriorRows <= 0 || document.PriorCols <= 0 || document.BlurSigma < 0
            || document.FeatureMean.Length != c || document.FeatureScale.Length != c || document.W1.Length != k * c
            || document.B1.Length != k || document.W2.Length != k || document.Prior.Length != document.PriorRows * document.PriorCols)
        {
            throw new InvalidDataException($"Readout weight file '{document.Name}' has inconsistent dimensions or array lengths.");
        }

        float[] values = [.. document.W1, .. document.B1, .. document.W2, .. document.Prior];
        if (values.Any(v => !float.IsFinite(v)) || document.FeatureMean.Concat(document.FeatureScale).Any(v => !float.IsFinite(v)))
        {
            throw new InvalidDataException($"Readout weight file '{document.Name}' holds non-finite numbers.");
        }

        var parameters = new ReadoutParameters(c, k, document.PriorRows, document.PriorCols, document.BlurSigma, document.FeatureMean, document.FeatureScale, values);
        return (parameters, document);
    }

    /// <summary>Reads and validates the weight file at <paramref name="path"/>.</summary>
    public static async Task<(ReadoutParameters Parameters, ReadoutWeightsDocument Document)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(json);
    }

    /// <summary>Reads the weight file <paramref name="fileName"/> embedded in this assembly (from <c>Weights/</c>).</summary>
    /// <exception cref="FileNotFoundException">No such resource.</exception>
    public static (ReadoutParameters Parameters, ReadoutWeightsDocument Document) LoadEmbedded(string fileName)
    {
        var assembly = typeof(ReadoutWeightsFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new FileNotFoundException($"No embedded readout weights '{fileName}' (expected src/WebAttention.Inference/Weights/{fileName}).", fileName);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    [GeneratedRegex(@"\[[-0-9.eE+,\s]*\]")]
    private static partial Regex NumberArray();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
