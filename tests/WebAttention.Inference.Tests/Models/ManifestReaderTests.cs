using System.Text.Json.Nodes;
using WebAttention.Inference.Models;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Models;

public class ManifestReaderTests
{
    private static JsonObject ValidJson() => JsonNode.Parse(ManifestWriter.ToJson(Manifests.Valid()))!.AsObject();

    [Fact]
    public void A_written_manifest_reads_back_equal()
    {
        var manifest = Manifests.Valid();

        var read = ManifestReader.Parse(ManifestWriter.ToJson(manifest), "test");

        Assert.Equal(manifest with { Credits = [] }, read with { Credits = [] });
        Assert.Equal(manifest.Credits, read.Credits);
        Assert.Equal("test-model@1.2.3", read.DisplayName);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("version")]
    [InlineData("licence")]
    [InlineData("input")]
    [InlineData("output")]
    [InlineData("temporalWindow")]
    [InlineData("outputScale")]
    [InlineData("sha256")]
    public void A_missing_required_field_is_named_in_the_error(string field)
    {
        var json = ValidJson();
        json.Remove(field);

        var error = Assert.Throws<InvalidModelException>(() => ManifestReader.Parse(json.ToJsonString(), "models/x/manifest.json"));

        Assert.Contains($"'{field}' is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("models/x/manifest.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = ValidJson();
        json.Remove("name");
        json["sha256"] = "not-a-hash";
        json["input"]!["layout"] = "NCHW float32";

        var (manifest, problems) = ManifestReader.TryParse(json.ToJsonString());

        Assert.Null(manifest);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("'name' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'sha256' must be 64 hexadecimal", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is not supported", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input", "sizeMultiple", "0")]
    [InlineData("input", "defaultLongSide", "400")]
    [InlineData("input", "name", "\"\"")]
    [InlineData("", "temporalWindow", "-1")]
    [InlineData("", "outputScale", "12")]
    [InlineData("", "name", "\"Has Spaces\"")]
    [InlineData("", "credits", "\"not an array\"")]
    public void An_out_of_range_value_is_refused(string parent, string field, string value)
    {
        var json = ValidJson();
        var target = parent.Length == 0 ? json : json[parent]!.AsObject();
        target[field] = JsonNode.Parse(value);

        var (manifest, problems) = ManifestReader.TryParse(json.ToJsonString());

        Assert.Null(manifest);
        Assert.Contains(problems, p => p.Contains(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    public void Text_that_is_not_a_json_object_is_refused(string text)
    {
        var error = Assert.Throws<InvalidModelException>(() => ManifestReader.Parse(text, "m.json"));

        Assert.Contains("m.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sha256_is_stored_lower_case()
    {
        var json = ValidJson();
        json["sha256"] = new string('A', 64);

        Assert.Equal(new string('a', 64), ManifestReader.Parse(json.ToJsonString(), "m").Sha256);
    }
}
