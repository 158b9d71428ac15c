using WebAttention.Inference.Fusion;
using WebAttention.Inference.Models;
using WebAttention.Inference.Readout;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// Files an admin uploads or the models folder holds: <c>manifest.json</c> (<see cref="ManifestReader"/>: a manifest or a list
/// of problems, never an exception) and the weight files (fusion, video fusion, readout: values or <see cref="InvalidDataException"/>).
/// </summary>
public sealed class ModelFilesFuzzTests(ITestOutputHelper output)
{
    private const string Manifest = """
        {"name":"resnet18-readout-v1","version":"1.0.0","licence":"MIT","description":"d",
         "input":{"name":"frames","layout":"NHWC uint8 RGB","sizeMultiple":32,"defaultLongSide":384},
         "output":{"name":"saliency","layout":"NCHW float32 [N,1,h,w]"},"temporalWindow":1,"outputScale":16,
         "sha256":"6eb15b3dfd6bb279ef6f7d2fc798ddca50f5dccd6e3cd095dffeb13ce38595a6","credits":["a","b"]}
        """;

    private const string VideoManifest = """
        {"name":"clip.v2","version":"2","licence":"Apache-2.0","input":{"name":"x","layout":"NTHWC uint8 RGB","sizeMultiple":64,"defaultLongSide":256},
         "output":{"name":"y","layout":"NCHW float32 [N,1,h,w]"},"temporalWindow":8,"outputScale":32,"sha256":"AB15b3dfd6bb279ef6f7d2fc798ddca50f5dccd6e3cd095dffeb13ce38595a6"}
        """;

    private static readonly string[] ManifestKeys =
        ["name", "version", "licence", "description", "input", "layout", "sizeMultiple", "defaultLongSide", "output", "temporalWindow", "outputScale", "sha256", "credits", "NHWC uint8 RGB"];

    [Fact]
    public void Manifest_any_text_gives_a_manifest_or_problems() =>
        Fuzz.Run(output, "model manifest.json", "any text", JsonFuzz.Text, ParseManifest, Fuzz.Show);

    [Fact]
    public void Manifest_token_soup_gives_a_manifest_or_problems() =>
        Fuzz.Run(output, "model manifest.json", "token soup", JsonFuzz.Tokens(ManifestKeys), ParseManifest, Fuzz.Show);

    [Fact]
    public void Manifest_mutated_documents_give_a_manifest_or_problems() =>
        Fuzz.Run(output, "model manifest.json", "mutated documents", JsonFuzz.Mutated(Manifest, VideoManifest), ParseManifest, Fuzz.Show);

    // Regression (mutated documents): a key given twice made JsonObject throw ArgumentException instead of a listed problem.
    [Fact]
    public void A_duplicated_manifest_key_is_a_problem_not_a_crash()
    {
        var (manifest, problems) = ManifestReader.TryParse(Manifest.Replace("\"version\":\"1.0.0\"", "\"version\":\"1.0.0\",\"version\":\"2\"", StringComparison.Ordinal));
        Assert.Null(manifest);
        Assert.Contains(problems, p => p.Contains("version", StringComparison.Ordinal));
    }

    // Regression (any text, shrunk): a lone surrogate threw ArgumentException instead of a listed problem.
    [Fact]
    public void A_lone_surrogate_manifest_is_a_problem_not_a_crash()
    {
        var (manifest, problems) = ManifestReader.TryParse("\udd50");
        Assert.Null(manifest);
        Assert.Single(problems);
    }

    [Fact]
    public void Fusion_weights_mutated_give_weights_or_InvalidDataException() =>
        Fuzz.Run(output, "fusion weights JSON", "mutated documents", JsonFuzz.Mutated(FusionWeightsFile.ToJson(FusionWeightsFile.LoadEmbedded().Document)),
            t => FusionWeightsFile.Parse(t), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Video_fusion_weights_mutated_give_weights_or_InvalidDataException() =>
        Fuzz.Run(output, "video fusion weights JSON", "mutated documents", JsonFuzz.Mutated(VideoFusionWeightsFile.ToJson(VideoFusionWeightsFile.LoadEmbedded())),
            t => VideoFusionWeightsFile.Parse(t), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Weight_files_any_text_gives_weights_or_InvalidDataException() =>
        Fuzz.Run(output, "fusion / video / readout weights JSON", "token soup", JsonFuzz.Tokens("format", "version", "name", "weights", "bias", "layers", "webattention-readout"), t =>
        {
            Expect<InvalidDataException>(() => FusionWeightsFile.Parse(t));
            Expect<InvalidDataException>(() => VideoFusionWeightsFile.Parse(t));
            Expect<InvalidDataException>(() => ReadoutWeightsFile.Parse(t));
        }, Fuzz.Show);

    private static void ParseManifest(string json)
    {
        var (manifest, problems) = ManifestReader.TryParse(json);
        Assert.True(manifest is not null || problems.Count > 0, "No manifest and no problem.");
        Assert.DoesNotContain(null, problems);
    }

    private static void Expect<TException>(Action parse)
        where TException : Exception
    {
        try
        {
            parse();
        }
        catch (TException)
        {
        }
    }
}
