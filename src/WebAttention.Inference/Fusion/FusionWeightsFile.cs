using System.Text.Encodings.Web;
using System.Text.Json;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Inference.Fusion;

/// <summary>
/// Reads and writes fusion weight files: <c>Weights/fusion-v1.json</c> is committed and embedded in this
/// assembly; <c>webattention train --stage fusion</c> rewrites it.
/// </summary>
public static class FusionWeightsFile
{
    /// <summary>The <c>format</c> field of every fusion weight file.</summary>
    public const string FormatName = "webattention-fusion";

    /// <summary>Name of the committed weights.</summary>
    public const string DefaultName = "fusion-v1";

    /// <summary>Note written for the motion weight, which still images cannot fit.</summary>
    public const string MotionNote = "not fitted: OSIE has no video; e^1 ≈ 2.7× odds at the strongest residual motion";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read: keep ×, σ, ≈ as they are
    };

    /// <summary>Serialises <paramref name="document"/>.</summary>
    public static string ToJson(FusionWeightsDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>Parses and validates a fusion weight file.</summary>
    /// <exception cref="InvalidDataException">Not a fusion weight file, or unusable weights.</exception>
    public static (FusionWeights Weights, FusionWeightsDocument Document) Parse(string json)
    {
        FusionWeightsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FusionWeightsDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Not a fusion weight file: {ex.Message}", ex);
        }

        if (document is null || document.Format != FormatName || document.FormatVersion != 1)
        {
            throw new InvalidDataException($"Not a fusion weight file (format must be '{FormatName}', version 1).");
        }

        var weights = new FusionWeights(document.Face, document.FaceSigma, document.Motion);
        if (weights.Validate() is { } problem)
        {
            throw new InvalidDataException($"Fusion weight file '{document.Name}': {problem}");
        }

        return (weights, document);
    }

    /// <summary>The committed weights embedded in this assembly.</summary>
    public static (FusionWeights Weights, FusionWeightsDocument Document) LoadEmbedded(string name = DefaultName)
    {
        var resource = $"WebAttention.Inference.Weights.{name}.json";
        using var stream = typeof(FusionWeightsFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded fusion weights '{resource}' are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
