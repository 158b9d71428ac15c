using WebAttention.Inference.Models;

namespace WebAttention.Inference.Tests.Support;

public static class Manifests
{
    public static ModelManifest Valid(string name = "test-model", string sha256 = "") => new(
        Name: name,
        Version: "1.2.3",
        Licence: "MIT",
        Description: "A test model.",
        Input: new ModelInputSpec("frames", ModelLayouts.NhwcUint8Rgb, 32, 384),
        Output: new ModelOutputSpec("saliency", ModelLayouts.NchwFloatMap),
        TemporalWindow: 1,
        OutputScale: 16,
        Sha256: sha256.Length == 0 ? new string('a', 64) : sha256,
        Credits: ["someone"]);

    /// <summary>Writes a folder with the given model bytes and a manifest whose sha256 matches them.</summary>
    public static string WriteFolder(string root, string name, byte[] modelBytes, string? shaOverride = null)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ModelManifest.ModelFileName), modelBytes);
        var manifest = Valid(name, shaOverride ?? FileHash.Sha256Hex(modelBytes));
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(manifest));
        return folder;
    }
}
