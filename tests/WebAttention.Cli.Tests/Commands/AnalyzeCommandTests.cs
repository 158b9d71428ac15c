using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Tests.Support;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class AnalyzeCommandTests(CliFixture fixture) : IDisposable
{
    private readonly TempFolder _out = new();

    [Fact]
    public async Task Analyze_writes_one_png_per_frame_in_order_and_a_summary_with_every_field()
    {
        var result = await CliRunner.RunAsync(["analyze", fixture.TinyClip, "--out", _out.Path, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var frames = CliFixture.TinyClipOptions.ExpectedFrameCount;
        var pngs = Directory.GetFiles(_out.Path, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, (int)frames).Select(i => $"{i:0000}.png"), pngs);
        var (width, height, channels) = PngFiles.Info(_out.Combine("0001.png"));
        Assert.Equal(1, channels);

        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(_out.Combine(AnalyzeCommand.SummaryFile)));
        var root = summary.RootElement;
        Assert.Equal(frames, root.GetProperty("frames").GetInt64());
        Assert.Equal(25, root.GetProperty("fps").GetDouble());
        Assert.Equal("CPU", root.GetProperty("device").GetString());
        Assert.StartsWith(WebAttention.Inference.Composition.ModelBuilder.DefaultModelName, root.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("analysisSize").GetProperty("width").GetInt32() > 0);
        Assert.Equal(width, root.GetProperty("mapSize").GetProperty("width").GetInt32());
        Assert.Equal(height, root.GetProperty("mapSize").GetProperty("height").GetInt32());
        var stages = root.GetProperty("secondsPerStage");
        foreach (var stage in new[] { "decode", "sample", "predict", "interpolate", "store" })
        {
            Assert.True(stages.GetProperty(stage).GetDouble() >= 0);
        }

        Assert.True(root.GetProperty("wallSeconds").GetDouble() > 0);
        Assert.Contains("progress 100%", result.Out, StringComparison.Ordinal);
        var shots = await ShotListFile.TryReadAsync(_out.Path, CancellationToken.None);
        Assert.NotNull(shots);
        Assert.Equal(frames, shots.FrameCount);
        Assert.Equal(root.GetProperty("shotCuts").EnumerateArray().Select(c => c.GetInt64()), shots.Cuts);
    }

    [Fact]
    public async Task A_missing_clip_exits_non_zero_naming_the_file()
    {
        var result = await CliRunner.RunAsync(["analyze", _out.Combine("nope.mp4"), "--out", _out.Path, .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("nope.mp4' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_exits_non_zero_with_the_probe_verdict()
    {
        var result = await CliRunner.RunAsync(["analyze", fixture.NotAVideo, "--out", _out.Path, .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("not a video", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetFiles(_out.Path, "*.png"));
    }

    [Fact]
    public async Task An_invalid_analysis_rate_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["analyze", fixture.TinyClip, "--out", _out.Path, "--fps", "0", .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--fps", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_out_option_is_rejected_by_the_parser()
    {
        var result = await CliRunner.RunAsync("analyze", fixture.TinyClip);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _out.Dispose();
}
