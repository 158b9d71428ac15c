using System.Runtime.CompilerServices;
using System.Text.Json;
using WebAttention.Inference.Sessions;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Composition;

/// <summary>
/// Pins the built-in models' output on a deterministic input: the trained default against
/// Fixtures/reference-output-readout-v1.json, the placeholder against Fixtures/reference-output.json.
/// Regenerate after an intended change to the composed graph:
/// <c>WEBATTENTION_REGENERATE_FIXTURES=1 dotnet test tests/WebAttention.Inference.Tests --filter ReferenceOutputTests</c>
/// then review and commit the JSON diff.
/// </summary>
[Collection(ComposedModelCollection.Name)]
public class ReferenceOutputTests(ComposedModelFixture fixture)
{
    private const int Width = 384;
    private const int Height = 224;
    private const double Tolerance = 1e-4;
    private static readonly int[] SampledCells = [0, 23, 100, 167, 168, 200, 250, 312, 335];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void The_default_model_gives_the_committed_reference_map_on_the_gradient_pattern() =>
        Check(fixture.DefaultSession, "reference-output-readout-v1.json");

    [Fact]
    public void The_placeholder_gives_the_committed_reference_map_on_the_gradient_pattern() =>
        Check(fixture.PlaceholderSession, "reference-output.json");

    private static void Check(OrtSession session, string fixtureFile)
    {
        var (data, shape) = ComposedModelFixture.Run(session, SyntheticFrames.Gradient(Width, Height), 1, Width, Height)[0];
        var actual = ReferenceSummary.Of(shape, data, SampledCells);

        if (Environment.GetEnvironmentVariable("WEBATTENTION_REGENERATE_FIXTURES") == "1")
        {
            File.WriteAllText(SourceFixturePath(fixtureFile), JsonSerializer.Serialize(actual, Indented) + "\n");
            return;
        }

        var expected = JsonSerializer.Deserialize<ReferenceSummary>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixtureFile)))!;
        Assert.Equal(expected.Shape, actual.Shape);
        Assert.Equal(expected.PeakIndex, actual.PeakIndex);
        Assert.Equal(expected.Sum, actual.Sum, Tolerance * expected.Sum);
        Assert.Equal(expected.SumOfSquares, actual.SumOfSquares, Tolerance * expected.SumOfSquares);
        Assert.Equal(expected.Samples.Keys, actual.Samples.Keys);
        foreach (var (cell, value) in expected.Samples)
        {
            Assert.Equal(value, actual.Samples[cell], Tolerance);
        }
    }

    private static string SourceFixturePath(string fixtureFile, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", fixtureFile);
}
