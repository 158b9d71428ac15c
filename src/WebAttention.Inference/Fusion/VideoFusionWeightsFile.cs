using System.Text.Encodings.Web;
using System.Text.Json;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Inference.Fusion;

/// <summary>
/// Reads and writes video model weight files: <c>Weights/video-v1.json</c> is committed and embedded in this assembly;
/// <c>webattention train --stage video</c> rewrites it.
/// </summary>
public static class VideoFusionWeightsFile
{
    /// <summary>The <c>format</c> field of every video weight file.</summary>
    public const string FormatName = "webattention-video-fusion";

    /// <summary>Name of the committed weights.</summary>
    public const string DefaultName = "video-v1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises <paramref name="document"/>.</summary>
    public static string ToJson(VideoFusionDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>Parses and validates a video weight file.</summary>
    /// <exception cref="InvalidDataException">Not a video weight file, or unusable weights.</exception>
    public static VideoFusionDocument Parse(string json)
    {
        VideoFusionDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<VideoFusionDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Not a video weight file: {ex.Message}", ex);
        }

        if (document is null || document.Format != FormatName || document.FormatVersion != 1 || document.Weights is null)
        {
            throw new InvalidDataException($"Not a video weight file (format must be '{FormatName}', version 1, with weights).");
        }

        if (document.Weights.Validate() is { } problem)
        {
            throw new InvalidDataException($"Video weight file '{document.Name}': {problem}");
        }

        return document;
    }

    /// <summary>The committed weights embedded in this assembly.</summary>
    public static VideoFusionDocument LoadEmbedded(string name = DefaultName)
    {
        var resource = $"WebAttention.Inference.Weights.{name}.json";
        using var stream = typeof(VideoFusionWeightsFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded video weights '{resource}' are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The committed file in a source checkout (for <c>train --stage video</c> to rewrite).</summary>
    public static string SourcePath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "src", "WebAttention.Inference", "Weights", DefaultName + ".json");
}
