using WebAttention.Core.Media;
using WebAttention.Media.Processes;
using WebAttention.Media.Probing;
using WebAttention.Media.TestClips;
using WebAttention.Media.Tests.TestSupport;

namespace WebAttention.Media.Tests.Proxy;

[Collection(ClipsCollection.Name)]
public sealed class FfmpegProxyTranscoderTests(GeneratedClips clips) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_large_clip_with_sound_becomes_a_1280_h264_faststart_mp4_with_aac()
    {
        var source = _folder.File("big.mov");
        await LavfiClip.GenerateAsync(LavfiClipOptions.Single(LavfiPattern.TestSrc2, 1, new FrameSize(1600, 900), 25, withAudio: true), source);
        var proxy = _folder.File("proxy.mp4");
        var reports = new List<double>();

        await RealMedia.Transcoder().TranscodeAsync(source, proxy, new SyncProgress(reports.Add), CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(proxy, CancellationToken.None);
        Assert.Equal((1280, 720, "h264", true, 25L), (info.Width, info.Height, info.Codec, info.HasAudio, info.FrameCount));
        var boxes = Mp4Boxes.TopLevel(proxy);
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
        Assert.Equal(1.0, reports[^1]);
        Assert.All(reports, r => Assert.InRange(r, 0, 1));
    }

    [Fact]
    public async Task A_silent_clip_stays_silent_and_is_not_enlarged()
    {
        var proxy = _folder.File("red-proxy.mp4");

        await RealMedia.Transcoder().TranscodeAsync(clips.RedPath, proxy, progress: null, CancellationToken.None);

        var info = await RealMedia.Probe().GetVideoInfoAsync(proxy, CancellationToken.None);
        Assert.Equal((160, 90, false), (info.Width, info.Height, info.HasAudio));
    }

    [Fact]
    public async Task A_cancelled_transcode_throws_and_leaves_no_file()
    {
        var proxy = _folder.File("cancelled.mp4");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RealMedia.Transcoder().TranscodeAsync(clips.TestSrcWithAudioPath, proxy, null, cts.Token));

        Assert.False(File.Exists(proxy));
    }

    [Fact]
    public async Task Cancelling_mid_transcode_stops_ffmpeg_and_removes_the_partial_file()
    {
        var source = _folder.File("long.mp4");
        await LavfiClip.GenerateAsync(LavfiClipOptions.Single(LavfiPattern.TestSrc2, 6, new FrameSize(1280, 720), 25), source);
        var proxy = _folder.File("partial.mp4");
        using var cts = new CancellationTokenSource();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RealMedia.Transcoder().TranscodeAsync(
            source, proxy, new SyncProgress(p => { if (p > 0) { cts.Cancel(); } }), cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.False(File.Exists(proxy));
    }

    [Fact]
    public async Task A_file_that_is_not_video_is_refused_with_its_sentence()
    {
        var text = _folder.File("a.mp4");
        await File.WriteAllTextAsync(text, "not a video");

        var error = await Assert.ThrowsAsync<MediaException>(() =>
            RealMedia.Transcoder().TranscodeAsync(text, _folder.File("out.mp4"), null, CancellationToken.None));

        Assert.Equal("This file is not a video ffmpeg can read.", error.Message);
    }

    [Theory]
    [InlineData("thumb.jpg", "mjpeg")]
    [InlineData("thumb.png", "png")]
    public async Task Thumbnail_is_one_320_wide_picture(string name, string codec)
    {
        var thumb = _folder.File(name);

        await RealMedia.Transcoder().CreateThumbnailAsync(clips.TestSrcWithAudioPath, thumb, CancellationToken.None);

        var result = await ToolRunner.RunAsync(RealMedia.Ffmpeg.FfprobePath, FfmpegCommands.Probe(thumb), TimeSpan.FromSeconds(30), CancellationToken.None);
        var picture = Assert.Single(FfprobeJsonParser.Parse(result.StandardOutput)!.Streams);
        Assert.Equal((codec, 320, 180), (picture.CodecName, picture.Width, picture.Height));
    }

    public void Dispose() => _folder.Dispose();

    // Progress<T> posts to the thread pool; tests need the reports in order and complete.
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
