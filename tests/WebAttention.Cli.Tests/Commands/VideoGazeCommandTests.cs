using System.Globalization;
using System.Text;
using System.Text.Json;
using WebAttention.Cli.Tests.Support;
using WebAttention.Core.Media;
using WebAttention.Media.TestClips;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class VideoGazeCommandTests : IAsyncLifetime
{
    private static readonly LavfiClipOptions Disc = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(160, 120));
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        // One folder in the ASCMN layout: the clip and gaze of two viewers, 1-based, on every frame.
        var video = Directory.CreateDirectory(_folder.Combine("data", "video1")).FullName;
        await LavfiClip.GenerateAsync(Disc, Path.Combine(video, "video1.mp4"));
        var csv = new StringBuilder("frame_1based,subject,x_px,y_px\n");
        for (var frame = 1; frame <= Disc.ExpectedFrameCount; frame++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{frame},1,{20 + frame},60\n{frame},2,{30 + frame},{50 + (frame % 7)}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(video, "fixations.csv"), csv.ToString());
    }

    [Fact]
    public async Task Eval_ascmn_scores_every_video_with_the_video_model_today_centre_and_humans()
    {
        var json = _folder.Combine("eval.json");

        var result = await CliRunner.RunAsync(["eval", "--dataset", "ascmn", "--split", "all", "--data", _folder.Combine("data"), "--json", json, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var video = Assert.Single(report.RootElement.GetProperty("videos").EnumerateArray());
        Assert.Equal("video1", video.GetProperty("video").GetString());
        var rows = video.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Take(3), r => Assert.True(double.IsFinite(r.GetProperty("scores").GetProperty("nss").GetDouble())));
    }

    [Fact]
    public async Task Bench_reframe_gaze_reports_ours_centre_and_oracle_shares()
    {
        var result = await CliRunner.RunAsync(["bench-reframe", "--gaze", _folder.Combine("data"), .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("oracle", result.Out, StringComparison.Ordinal);
        Assert.Contains("video1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_split_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["eval", "--dataset", "ascmn", "--split", "train", "--data", _folder.Combine("data"), .. CliFixture.ModelArgs]);

        Assert.Equal(WebAttention.Cli.Commands.ExitCodes.Usage, result.ExitCode);
        Assert.Contains("fit, val or all", result.ToString(), StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
