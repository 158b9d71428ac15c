using System.Text.Json;
using WebAttention.Cli.Commands;
using WebAttention.Cli.Hosting;
using WebAttention.Cli.Reframe;
using WebAttention.Cli.Tests.Support;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Media.Probing;
using WebAttention.Media.TestClips;
using WebAttention.Reframing.Export;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Cli.Tests.Commands;

[Collection(CommandsCollection.Name)]
public sealed class ReframeCommandTests : IAsyncLifetime
{
    private static readonly LavfiClipOptions DiscWithAudio = LavfiClipOptions.Single(LavfiPattern.MovingDisc, 2, new FrameSize(160, 90), withAudio: true);
    private readonly TempFolder _folder = new();

    private string Clip => _folder.Combine("disc-audio.mp4");

    private string Out => _folder.Combine("out");

    public Task InitializeAsync() => LavfiClip.GenerateAsync(DiscWithAudio, Clip);

    [Fact]
    public async Task Reframe_writes_json_csv_edl_and_an_mp4_with_audio_per_aspect_at_the_export_size()
    {
        var result = await CliRunner.RunAsync(["reframe", Clip, "--aspect", "9:16,1:1", "--height", "320", "--out", Out, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Channels: model + faces + motion", result.Out, StringComparison.Ordinal);
        var frames = DiscWithAudio.ExpectedFrameCount;
        await using var host = CliHost.Start(new CliSettings());
        IVideoProbe probe = host.Probe;
        foreach (var (aspect, width, height) in new[] { (AspectRatio.Portrait9x16, 180, 320), (AspectRatio.Square, 320, 320) })
        {
            var path = CropPathJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(Out, CropPathJson.FileName(aspect))));
            Assert.Equal(aspect, path.Aspect);
            Assert.Equal(frames, path.FrameCount);
            var csv = await File.ReadAllLinesAsync(Path.Combine(Out, CropPathFiles.CsvName(aspect)));
            Assert.Equal(CropPathCsv.Header, csv[0]);
            Assert.Equal(frames + 1, csv.Length);
            Assert.StartsWith("TITLE: ", await File.ReadAllTextAsync(Path.Combine(Out, CropPathFiles.EdlName(aspect))), StringComparison.Ordinal);

            var video = await probe.GetVideoInfoAsync(Path.Combine(Out, CropPathFiles.VideoName(aspect)), CancellationToken.None);
            Assert.Equal((width, height), (video.Width, video.Height));
            Assert.Equal(frames, video.FrameCount);
            Assert.True(video.HasAudio);
        }

        Assert.Contains("saliency share", result.Out, StringComparison.Ordinal);
        Assert.Contains("padding none", result.Out, StringComparison.Ordinal);
        Assert.Contains("render 9:16 100%", result.Out, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, ReframeCommand.SummaryFile)));
        Assert.Equal("analysed", summary.RootElement.GetProperty("analysis").GetString());
        Assert.Equal(2, summary.RootElement.GetProperty("aspects").GetArrayLength());
    }

    [Fact]
    public async Task Without_a_height_a_160x90_clip_exports_at_twice_the_crop_and_says_why_not_at_1080x1920()
    {
        var result = await CliRunner.RunAsync(["reframe", Clip, "--aspect", "9:16", "--out", Out, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Export 9:16: 102×180 — 2× the crop's 51×90", result.Out, StringComparison.Ordinal);
        await using var host = CliHost.Start(new CliSettings());
        var video = await host.Probe.GetVideoInfoAsync(Path.Combine(Out, CropPathFiles.VideoName(AspectRatio.Portrait9x16)), CancellationToken.None);
        Assert.Equal((102, 180), (video.Width, video.Height));
    }

    [Fact]
    public async Task Reframe_takes_the_shots_the_analysis_found_and_keeps_them_beside_the_maps()
    {
        var withCut = new LavfiClipOptions
        {
            Size = new FrameSize(160, 90),
            FrameRate = 25,
            Shots = [new LavfiShot(LavfiPattern.MovingDisc, 2), new LavfiShot(LavfiPattern.SolidColor, 1, "blue")],
        };
        var clip = _folder.Combine("cut.mp4");
        await LavfiClip.GenerateAsync(withCut, clip);

        var result = await CliRunner.RunAsync(["reframe", clip, "--aspect", "9:16", "--no-render", "--out", Out, .. CliFixture.ModelArgs]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var stored = await ShotListFile.TryReadAsync(StoredAnalysis.FolderOf(Out), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(withCut.CutFrames, stored.Cuts);
        Assert.Equal(withCut.ExpectedFrameCount, stored.FrameCount);
        var path = CropPathJson.Deserialize(await File.ReadAllBytesAsync(Path.Combine(Out, CropPathJson.FileName(AspectRatio.Portrait9x16))));
        Assert.Equal([0L, .. withCut.CutFrames], path.Shots.Select(s => s.FirstFrame));
    }

    [Fact]
    public async Task A_second_run_reuses_the_analysis_and_leaves_the_store_untouched()
    {
        string[] args = ["reframe", Clip, "--aspect", "4:5", "--no-render", "--out", Out, .. CliFixture.ModelArgs];
        var first = await CliRunner.RunAsync(args);
        Assert.True(first.ExitCode == 0, first.ToString());
        var store = StoredAnalysis.FolderOf(Out);
        var before = Snapshot(store);
        Assert.Contains("index.json", before.Keys);

        var second = await CliRunner.RunAsync(args);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Analysis: reused", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Analysing", second.Out, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(store));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, ReframeCommand.SummaryFile)));
        Assert.Equal("reused", summary.RootElement.GetProperty("analysis").GetString());
        Assert.False(File.Exists(Path.Combine(Out, CropPathFiles.VideoName(AspectRatio.Portrait4x5))));
    }

    [Theory]
    [InlineData("9:0")]
    [InlineData("9:16,wide")]
    public async Task A_bad_aspect_is_a_usage_error_naming_it_before_any_work(string aspect)
    {
        var result = await CliRunner.RunAsync(["reframe", Clip, "--aspect", aspect, "--out", Out, .. CliFixture.ModelArgs]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--aspect", result.Error, StringComparison.Ordinal);
        Assert.Contains("is not an aspect ratio", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private static Dictionary<string, (long Length, DateTime Written, string Hash)> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(
            f => Path.GetFileName(f),
            f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
}
