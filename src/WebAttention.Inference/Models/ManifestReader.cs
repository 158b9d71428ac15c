using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebAttention.Inference.Models;

/// <summary>
/// Parses and validates <c>manifest.json</c> text. Pure: no file access. Every problem is collected
/// so an admin sees all of them at once.
/// </summary>
public static class ManifestReader
{
    /// <summary>Parses <paramref name="json"/>; throws <see cref="InvalidModelException"/> listing every problem.</summary>
    /// <param name="json">The manifest text.</param>
    /// <param name="source">Where the text came from, for messages (e.g. the file path).</param>
    public static ModelManifest Parse(string json, string source)
    {
        var (manifest, problems) = TryParse(json);
        if (manifest is null)
        {
            throw new InvalidModelException($"Model manifest '{source}' is invalid: {string.Join(" ", problems)}");
        }

        return manifest;
    }

    /// <summary>Parses <paramref name="json"/>; returns the manifest, or null with the list of problems.</summary>
    public static (ModelManifest? Manifest, IReadOnlyList<string> Problems) TryParse(string json)
    {
        JsonObject? root;
        try
        {
            // A key given twice is refused here (JsonObject threw ArgumentException on first access otherwise).
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException ex)
        {
            return (null, [$"not valid JSON ({ex.Message})."]);
        }
        catch (ArgumentException ex)
        {
            // Text that is not valid UTF-16 (a lone surrogate).
            return (null, [$"not valid text ({ex.Message})."]);
        }

        if (root is null)
        {
            return (null, ["the top level must be a JSON object."]);
        }

        var problems = new List<string>();
        var name = Text(root, "name", problems);
        if (name is not null && !IsValidModelName(name))
        {
            problems.Add($"'name' \"{name}\" must use lower-case letters, digits, '.', '_' or '-' only.");
        }

        var version = Text(root, "version", problems);
        var licence = Text(root, "licence", problems);
        var description = OptionalText(root, "description", problems) ?? string.Empty;
        var input = ReadInput(root, problems);
        var output = ReadOutput(root, problems);
        var temporalWindow = PositiveInt(root, "temporalWindow", problems);
        var outputScale = PositiveInt(root, "outputScale", problems);
        var sha256 = Text(root, "sha256", problems);
        if (sha256 is not null && !IsSha256Hex(sha256))
        {
            problems.Add("'sha256' must be 64 hexadecimal characters (SHA-256 of model.onnx).");
        }

        if (input is { Layout: ModelLayouts.NhwcUint8Rgb or ModelLayouts.NthwcUint8Rgb } && temporalWindow is int window && ModelLayouts.CheckWindow(input.Layout, window) is { } mismatch)
        {
            problems.Add(mismatch);
        }

        var credits = Credits(root, problems);
        if (input is not null && outputScale is int scale && input.SizeMultiple % scale != 0)
        {
            problems.Add($"'outputScale' ({scale}) must divide 'input.sizeMultiple' ({input.SizeMultiple}) so map sizes are whole.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ModelManifest(
            name!, version!, licence!, description, input!, output!, temporalWindow!.Value, outputScale!.Value,
            sha256!.ToLowerInvariant(), credits), problems);
    }

    /// <summary>True when <paramref name="name"/> is usable as a model (and folder) name.</summary>
    public static bool IsValidModelName(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 100 && name[0] != '.' &&
        name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-');

    private static bool IsSha256Hex(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);

    private static ModelInputSpec? ReadInput(JsonObject root, List<string> problems)
    {
        if (root["input"] is not JsonObject input)
        {
            problems.Add("'input' is missing (an object with name, layout, sizeMultiple, defaultLongSide).");
            return null;
        }

        var name = Text(input, "name", problems, "input.");
        var layout = Text(input, "layout", problems, "input.");
        if (layout is not null && layout is not (ModelLayouts.NhwcUint8Rgb or ModelLayouts.NthwcUint8Rgb))
        {
            problems.Add(ModelLayouts.CheckWindow(layout, 1)!);
        }

        var multiple = PositiveInt(input, "sizeMultiple", problems, "input.");
        var longSide = PositiveInt(input, "defaultLongSide", problems, "input.");
        if (multiple is int m && longSide is int l && (l < m || l % m != 0))
        {
            problems.Add($"'input.defaultLongSide' ({l}) must be a multiple of 'input.sizeMultiple' ({m}).");
        }

        return name is null || layout is null || multiple is null || longSide is null
            ? null
            : new ModelInputSpec(name, layout, multiple.Value, longSide.Value);
    }

    private static ModelOutputSpec? ReadOutput(JsonObject root, List<string> problems)
    {
        if (root["output"] is not JsonObject output)
        {
            problems.Add("'output' is missing (an object with name and layout).");
            return null;
        }

        var name = Text(output, "name", problems, "output.");
        var layout = Text(output, "layout", problems, "output.");
        return name is null || layout is null ? null : new ModelOutputSpec(name, layout);
    }

    private static string? Text(JsonObject obj, string key, List<string> problems, string prefix = "")
    {
        if (obj[key] is null)
        {
            problems.Add($"'{prefix}{key}' is missing.");
            return null;
        }

        var value = OptionalText(obj, key, problems, prefix);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"'{prefix}{key}' is empty.");
            return null;
        }

        return value;
    }

    private static string? OptionalText(JsonObject obj, string key, List<string> problems, string prefix = "")
    {
        var node = obj[key];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            problems.Add($"'{prefix}{key}' must be a string.");
            return null;
        }

        return node.GetValue<string>();
    }

    private static int? PositiveInt(JsonObject obj, string key, List<string> problems, string prefix = "")
    {
        var node = obj[key];
        if (node is null)
        {
            problems.Add($"'{prefix}{key}' is missing.");
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue(out int value) || value <= 0)
        {
            problems.Add($"'{prefix}{key}' must be a positive integer (was {node.ToJsonString()}).");
            return null;
        }

        return value;
    }

    private static List<string> Credits(JsonObject root, List<string> problems)
    {
        var node = root["credits"];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array || array.Any(c => c?.GetValueKind() != JsonValueKind.String))
        {
            problems.Add("'credits' must be an array of strings.");
            return [];
        }

        return array.Select(c => c!.GetValue<string>()).ToList();
    }
}
