using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Evaluation;
using WebAttention.Cli.Tests.Support;
using WebAttention.Inference.Faces;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class EvalCommandTests(CliFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Eval_prints_six_metrics_for_the_model_and_both_references_and_humans_beat_the_centre()
    {
        Assert.NotNull(fixture);
        var root = SyntheticOsie.Create(_folder.Combine("osie"));
        var json = _folder.Combine("eval.json");

        var result = await CliRunner.RunAsync(["eval", "--dataset", "osie", "--split", "val", "--root", root, "--json", json, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var header in new[] { "NSS", "CC", "SIM", "KLD", "AUC-Judd", "sAUC", WebAttention.Inference.Composition.ModelBuilder.DefaultModelName, EvalCommand.CentreBiasRow, EvalCommand.HumanRow })
        {
            Assert.Contains(header, result.Out, StringComparison.Ordinal);
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(3, report.RootElement.GetProperty("images").GetInt32());
        var rows = report.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("scores"));
        // With the BlazeFace model (scripts/fetch-web-deps.sh) the face rows come too; without it they are left out.
        var faces = BlazeFaceModelFile.Candidates().Any(File.Exists);
        Assert.Equal(faces ? 5 : 3, rows.Count);
        Assert.Equal(faces, rows.ContainsKey(FaceChannelMaps.FacesCentreRow));
        Assert.Equal(faces, rows.Keys.Any(k => k.EndsWith(" + faces", StringComparison.Ordinal)));
        var centre = rows[EvalCommand.CentreBiasRow];
        var human = rows[EvalCommand.HumanRow];
        foreach (var metric in new[] { "nss", "cc", "sim", "aucJudd", "aucShuffled" })
        {
            Assert.True(human.GetProperty(metric).GetDouble() > centre.GetProperty(metric).GetDouble(), metric);
        }

        Assert.True(human.GetProperty("kld").GetDouble() < centre.GetProperty("kld").GetDouble());
        Assert.All(rows.Values, scores => Assert.True(double.IsFinite(scores.GetProperty("nss").GetDouble())));
    }

    [Fact]
    public async Task Eval_at_a_smaller_long_side_analyses_at_that_size()
    {
        var root = SyntheticOsie.Create(_folder.Combine("osie"));
        var json = _folder.Combine("eval-192.json");

        var result = await CliRunner.RunAsync(["eval", "--root", root, "--long-side", "192", "--json", json, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(192, report.RootElement.GetProperty("analysisLongSide").GetInt32());
        var size = report.RootElement.GetProperty("analysisSize").GetString()!.Split('x').Select(int.Parse).ToArray();
        Assert.Equal(192, size.Max());
        Assert.True(double.IsFinite(report.RootElement.GetProperty("rows")[0].GetProperty("scores").GetProperty("nss").GetDouble()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("16")]
    public async Task A_long_side_below_the_size_multiple_is_a_usage_error(string side)
    {
        var root = SyntheticOsie.Create(_folder.Combine("osie"));

        var result = await CliRunner.RunAsync(["eval", "--root", root, "--long-side", side, .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--long-side", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_data_set_exits_non_zero()
    {
        var result = await CliRunner.RunAsync(["eval", "--root", _folder.Combine("nowhere"), .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_without_its_list_exits_non_zero_naming_the_file()
    {
        var root = SyntheticOsie.Create(_folder.Combine("osie"));

        var result = await CliRunner.RunAsync(["eval", "--root", root, "--split", "test", .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("test.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_osie_layout_is_accepted()
    {
        var result = await CliRunner.RunAsync("eval", "--dataset", "mit1003");

        Assert.NotEqual(0, result.ExitCode);
    }

    public void Dispose() => _folder.Dispose();
}
