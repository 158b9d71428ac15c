using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class BenchReframeCommandTests(CliFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bench_reframe_prints_ours_centre_and_greedy_rows_the_render_speeds_and_writes_the_json()
    {
        var json = _folder.Combine("bench-reframe.json");

        var result = await CliRunner.RunAsync(
            ["bench-reframe", fixture.TinyClip, "--aspect", "9:16", "--no-generated", "--speed-seconds", "0.5", "--speed-runs", "1", "--json", json, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var row in new[] { "tiny.mp4", "ours", "centre crop", "greedy", "coverage", "jerk", "all clips", "plain ffmpeg crop+scale", "ours (FfmpegReframeRenderer)", "ratio ours ÷ plain" })
        {
            Assert.Contains(row, result.Out, StringComparison.Ordinal);
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.Equal("9:16", root.GetProperty("aspect").GetString());
        var clip = Assert.Single(root.GetProperty("clips").EnumerateArray().ToList());
        Assert.Equal(CliFixture.TinyClipOptions.ExpectedFrameCount, clip.GetProperty("frames").GetInt64());
        foreach (var path in new[] { "ours", "centreCrop", "greedy" })
        {
            var share = clip.GetProperty(path).GetProperty("saliencyShare").GetDouble();
            Assert.InRange(share, 0, 1);
            Assert.True(clip.GetProperty(path).GetProperty("jerk").GetDouble() >= 0);
        }

        Assert.True(clip.GetProperty("coverageRatio").GetDouble() > 0);
        var speed = root.GetProperty("speed");
        Assert.Equal(15, speed.GetProperty("frames").GetInt64());
        Assert.Equal(1080, speed.GetProperty("exportWidth").GetInt32());
        Assert.Equal(1920, speed.GetProperty("exportHeight").GetInt32());
        Assert.True(speed.GetProperty("oursFramesPerSecond").GetDouble() > 0);
        Assert.True(speed.GetProperty("ratio").GetDouble() > 0);
        Assert.True(speed.GetProperty("cpuRatio").GetDouble() > 0);
        Assert.Single(speed.GetProperty("oursCpuSeconds").EnumerateArray());
        Assert.Contains("testsrc2=size=1920x1080:rate=30", speed.GetProperty("clipCommand").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_aspects_are_a_usage_error()
    {
        var result = await CliRunner.RunAsync("bench-reframe", fixture.TinyClip, "--aspect", "9:16,1:1");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("one aspect ratio", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
