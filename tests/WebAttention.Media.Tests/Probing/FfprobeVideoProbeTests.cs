using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;
using WebAttention.Media.Processes;
using WebAttention.Media.Tests.TestSupport;
using WebAttention.Media.TestClips;

namespace WebAttention.Media.Tests.Probing;

[Collection(ClipsCollection.Name)]
public sealed class FfprobeVideoProbeTests(GeneratedClips clips) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Generated_clip_probes_to_its_size_rate_frames_and_audio()
    {
        var info = await RealMedia.Probe().GetVideoInfoAsync(clips.TestSrcWithAudioPath, CancellationToken.None);

        Assert.Equal((320, 180, 25.0, 50L, "h264", true), (info.Width, info.Height, info.FrameRate, info.FrameCount, info.Codec, info.HasAudio));
        Assert.Equal(2.0, info.Duration.TotalSeconds, 1);
    }

    [Fact]
    public async Task A_text_file_is_refused_even_named_mp4()
    {
        var path = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(path, "Meeting notes: buy milk.\nThis is not a video.\n");

        var verdict = await RealMedia.Probe().ProbeAsync(path, CancellationToken.None);

        Assert.Equal(ProbeRefusal.NotVideo, verdict.Reason);
        Assert.Equal("This file is not a video ffmpeg can read.", verdict.Message);
    }

    [Theory]
    [InlineData("noise.bin")]
    [InlineData("noise.mp4")]
    [InlineData("noise")]
    public async Task Random_bytes_are_refused_cleanly_whatever_the_extension(string name)
    {
        var path = _folder.File(name);
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);

        var verdict = await RealMedia.Probe().ProbeAsync(path, CancellationToken.None);

        Assert.False(verdict.IsAccepted);
        Assert.Contains(verdict.Reason, new[] { ProbeRefusal.NotVideo, ProbeRefusal.NoVideoStream, ProbeRefusal.Corrupt });
    }

    [Fact]
    public async Task A_truncated_mp4_is_refused_as_damaged()
    {
        var path = _folder.File("cut.mp4");
        await LavfiClip.WriteTruncatedCopyAsync(clips.TestSrcWithAudioPath, path, 0.5);

        var verdict = await RealMedia.Probe().ProbeAsync(path, CancellationToken.None);

        Assert.Equal(ProbeRefusal.Corrupt, verdict.Reason);
        Assert.Contains("damaged or incomplete", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clip_over_the_length_limit_is_refused_with_both_lengths()
    {
        var limits = new MediaLimits { MaxDuration = TimeSpan.FromSeconds(1) };

        var verdict = await RealMedia.Probe(limits).ProbeAsync(clips.TestSrcWithAudioPath, CancellationToken.None);

        Assert.Equal(ProbeRefusal.TooLong, verdict.Reason);
        Assert.Equal("The clip is 2s long; the limit is 1s.", verdict.Message);
    }

    [Fact]
    public async Task Size_and_resolution_limits_apply()
    {
        var tooBig = await RealMedia.Probe(new MediaLimits { MaxBytes = 1000 }).ProbeAsync(clips.TestSrcWithAudioPath, CancellationToken.None);
        var tooWide = await RealMedia.Probe(new MediaLimits { MaxWidth = 160, MaxHeight = 90 }).ProbeAsync(clips.TestSrcWithAudioPath, CancellationToken.None);

        Assert.Equal(ProbeRefusal.TooLarge, tooBig.Reason);
        Assert.Equal("The video is 320x180; the limit is 160x90.", tooWide.Message);
    }

    [Fact]
    public async Task A_missing_file_is_refused_and_get_info_throws_the_sentence()
    {
        var path = _folder.File("absent.mp4");

        var verdict = await RealMedia.Probe().ProbeAsync(path, CancellationToken.None);
        var error = await Assert.ThrowsAsync<MediaException>(() => RealMedia.Probe().GetVideoInfoAsync(path, CancellationToken.None));

        Assert.Equal(ProbeRefusal.Missing, verdict.Reason);
        Assert.Equal("The file does not exist.", error.Message);
    }

    [Fact]
    public async Task A_wrong_binary_folder_fails_with_a_clear_message()
    {
        var ffmpeg = new FfmpegOptions { BinaryFolder = _folder.File("nowhere") };

        var error = await Assert.ThrowsAsync<MediaException>(() => RealMedia.Probe(ffmpeg: ffmpeg).ProbeAsync(clips.RedPath, CancellationToken.None));

        Assert.Contains("Could not start", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
