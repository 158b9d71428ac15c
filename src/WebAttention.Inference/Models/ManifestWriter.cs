using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebAttention.Inference.Models;

/// <summary>Writes a <see cref="ModelManifest"/> as the JSON <see cref="ManifestReader"/> reads. Pure.</summary>
public static class ManifestWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The manifest as indented JSON text.</summary>
    public static string ToJson(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var root = new JsonObject
        {
            ["name"] = manifest.Name,
            ["version"] = manifest.Version,
            ["licence"] = manifest.Licence,
            ["description"] = manifest.Description,
            ["input"] = new JsonObject
            {
                ["name"] = manifest.Input.Name,
                ["layout"] = manifest.Input.Layout,
                ["sizeMultiple"] = manifest.Input.SizeMultiple,
                ["defaultLongSide"] = manifest.Input.DefaultLongSide,
            },
            ["output"] = new JsonObject
            {
                ["name"] = manifest.Output.Name,
                ["layout"] = manifest.Output.Layout,
            },
            ["temporalWindow"] = manifest.TemporalWindow,
            ["outputScale"] = manifest.OutputScale,
            ["sha256"] = manifest.Sha256,
            ["credits"] = new JsonArray(manifest.Credits.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        };
        return root.ToJsonString(Indented);
    }
}
