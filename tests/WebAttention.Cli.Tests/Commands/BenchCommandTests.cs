using System.Globalization;
using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Tests.Support;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class BenchCommandTests(CliFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bench_prints_every_row_and_writes_the_json()
    {
        var json = _folder.Combine("bench.json");

        var result = await CliRunner.RunAsync(["bench", fixture.TinyClip, "--seconds", "1", "--json", json, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var row in new[] { "decode only", "model only, batch 1", "best batch", "end to end", "time ratio end to end ÷ decode only (s a frame; target ≤ 3)", "speed ratio end to end ÷ decode only (frames/s)", "CPU seconds end to end ÷ decode only", "peak working set", "peak managed heap", "motion channel, CPU", "motion channel ms a frame" })
        {
            Assert.Contains(row, result.Out, StringComparison.Ordinal);
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.Equal(25, root.GetProperty("decodeOnly").GetProperty("frames").GetInt64());
        Assert.Equal(25, root.GetProperty("endToEnd").GetProperty("frames").GetInt64());
        Assert.Equal(4, root.GetProperty("modelBatches").GetArrayLength());
        Assert.True(root.GetProperty("endToEndOverDecode").GetDouble() > 0);

        // The time ratio (what "end to end ÷ decode ≤ 3" means) is the inverse of the frames/s ratio, in the JSON and in the
        // table row under its own label.
        var decodeOnly = root.GetProperty("decodeOnly");
        var endToEnd = root.GetProperty("endToEnd");
        var timeRatio = root.GetProperty("timeEndToEndOverDecode").GetDouble();
        var secondsAFrame = (endToEnd.GetProperty("seconds").GetDouble() / 25) / (decodeOnly.GetProperty("seconds").GetDouble() / 25);
        Assert.Equal(secondsAFrame, timeRatio, 6);
        Assert.Equal(1 / root.GetProperty("endToEndOverDecode").GetDouble(), timeRatio, 6);
        var timeRow = result.Out.Split('\n').Single(l => l.Contains("time ratio end to end", StringComparison.Ordinal));
        Assert.Contains(timeRatio.ToString("F2", CultureInfo.InvariantCulture), timeRow, StringComparison.Ordinal);
        Assert.True(root.GetProperty("decodeOnly").GetProperty("cpuSeconds").GetDouble() > 0);  // ffmpeg's CPU time is counted
        Assert.True(root.GetProperty("cpuEndToEndOverDecode").GetDouble() > 0);
        Assert.True(root.GetProperty("peakWorkingSetMegabytes").GetDouble() > 0);

        // The motion channel runs on the 32 pre-decoded frames (31 pairs, 4 passes) and sees the disc move.
        var motion = root.GetProperty("motion");
        Assert.Equal(124, motion.GetProperty("throughput").GetProperty("frames").GetInt64());
        Assert.True(motion.GetProperty("millisecondsPerFrame").GetDouble() > 0);
        Assert.True(motion.GetProperty("moving").GetInt32() > 0, motion.ToString());
        Assert.Equal(31, motion.GetProperty("moving").GetInt32() + motion.GetProperty("still").GetInt32() + motion.GetProperty("notComparable").GetInt32());
    }

    [Fact]
    public async Task A_clip_and_generate_together_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("bench", fixture.TinyClip, "--generate-1080p", _folder.Combine("x.mp4"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_exits_non_zero()
    {
        var result = await CliRunner.RunAsync(["bench", fixture.NotAVideo, .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("not a video", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _folder.Dispose();
}
