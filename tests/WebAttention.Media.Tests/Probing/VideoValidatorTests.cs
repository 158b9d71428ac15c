using WebAttention.Media.Configuration;
using WebAttention.Media.Probing;

namespace WebAttention.Media.Tests.Probing;

public class VideoValidatorTests
{
    private const long Mb = 1024 * 1024;
    private static readonly MediaLimits Limits = new();

    private static FfprobeStream Video(int w = 1280, int h = 720, double fps = 25, long? frames = 250, string codec = "h264") =>
        new("video", codec, w, h, fps, frames, TimeSpan.FromSeconds(10), IsAttachedPicture: false);

    private static FfprobeStream Audio() => new("audio", "aac", 0, 0, null, 400, TimeSpan.FromSeconds(10), false);

    private static FfprobeReport Report(double seconds = 10, string format = "mov,mp4,m4a,3gp,3g2,mj2", params FfprobeStream[] streams) =>
        new(format, TimeSpan.FromSeconds(seconds), streams);

    [Fact]
    public void A_normal_clip_is_accepted_with_its_facts()
    {
        var verdict = VideoValidator.Judge(Report(10, streams: [Audio(), Video()]), 5 * Mb, Limits);

        Assert.True(verdict.IsAccepted);
        Assert.Equal(ProbeRefusal.None, verdict.Reason);
        Assert.Equal((1280, 720, 25.0, 250L, "h264", true), (verdict.Info.Width, verdict.Info.Height, verdict.Info.FrameRate, verdict.Info.FrameCount, verdict.Info.Codec, verdict.Info.HasAudio));
    }

    [Fact]
    public void Frame_count_falls_back_to_duration_times_rate()
    {
        var verdict = VideoValidator.Judge(Report(10, streams: Video(fps: 29.97, frames: null)), Mb, Limits);

        Assert.Equal(300, verdict.Info!.FrameCount);
    }

    [Fact]
    public void A_three_hour_clip_is_refused_with_both_lengths()
    {
        var verdict = VideoValidator.Judge(Report(11_520 + 30, streams: Video()), Mb, Limits);

        Assert.Equal(ProbeRefusal.TooLong, verdict.Reason);
        Assert.Equal("The clip is 3h12m long; the limit is 2h.", verdict.Message);
    }

    [Fact]
    public void An_oversized_file_is_refused_before_probing()
    {
        var verdict = VideoValidator.CheckSize(5L * 1024 * Mb + (200 * Mb), Limits);

        Assert.Equal(ProbeRefusal.TooLarge, verdict!.Reason);
        Assert.Equal("The file is 5.2 GB; the limit is 4 GB.", verdict.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("The file is empty.", VideoValidator.CheckSize(0, Limits)!.Message);
    }

    [Fact]
    public void Eight_k_is_refused_but_portrait_4k_passes()
    {
        var eightK = VideoValidator.Judge(Report(streams: Video(7680, 4320)), Mb, Limits);
        var portrait = VideoValidator.Judge(Report(streams: Video(2160, 3840)), Mb, Limits);

        Assert.Equal("The video is 7680x4320; the limit is 3840x2160.", eightK.Message);
        Assert.True(portrait.IsAccepted);
    }

    [Fact]
    public void A_too_fast_frame_rate_is_refused()
    {
        var verdict = VideoValidator.Judge(Report(streams: Video(fps: 240)), Mb, Limits);

        Assert.Equal("The video runs at 240 fps; the limit is 120 fps.", verdict.Message);
    }

    [Fact]
    public void Audio_only_is_refused_as_no_video_stream()
    {
        var coverArt = new FfprobeStream("video", "mjpeg", 500, 500, 90000, 1, null, IsAttachedPicture: true);

        var verdict = VideoValidator.Judge(Report(format: "mp3", streams: [Audio(), coverArt]), Mb, Limits);

        Assert.Equal(ProbeRefusal.NoVideoStream, verdict.Reason);
        Assert.Equal("This file has sound but no video stream.", verdict.Message);
    }

    [Fact]
    public void Bytes_that_ffmpeg_opens_as_text_art_are_not_video()
    {
        var text = FfprobeJsonParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Probing", "Fixtures", "bintext.ffprobe.json")))!;

        var verdict = VideoValidator.Judge(text, 100_000, Limits);

        Assert.Equal(ProbeRefusal.NotVideo, verdict.Reason);
        Assert.Equal("This file is not a video ffmpeg can read.", verdict.Message);
    }

    [Fact]
    public void A_single_image_is_a_still_not_a_video()
    {
        var verdict = VideoValidator.Judge(Report(0.04, "png_pipe", Video(codec: "png", frames: 1)), Mb, Limits);

        Assert.Equal("This is a still image, not a video.", verdict.Message);
    }

    [Fact]
    public void Missing_moov_reads_as_damaged_and_other_errors_as_not_video()
    {
        const string moovMissing = "[mov,mp4 @ 0x1] moov atom not found\nclip.mp4: Invalid data found when processing input";
        byte[] mp4Start = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];

        var damaged = VideoValidator.JudgeFailure(moovMissing, mp4Start);
        var textNamedMp4 = VideoValidator.JudgeFailure(moovMissing, "Meeting notes"u8);
        var other = VideoValidator.JudgeFailure("clip.txt: Invalid data found when processing input", mp4Start);

        Assert.Equal(ProbeRefusal.Corrupt, damaged.Reason);
        Assert.StartsWith("This video file is damaged or incomplete", damaged.Message, StringComparison.Ordinal);
        Assert.Equal(ProbeRefusal.NotVideo, textNamedMp4.Reason);
        Assert.Equal(ProbeRefusal.NotVideo, other.Reason);
    }

    [Fact]
    public void A_stream_without_size_or_rate_is_damaged()
    {
        var verdict = VideoValidator.Judge(Report(streams: Video(w: 0)), Mb, Limits);

        Assert.Equal(ProbeRefusal.Corrupt, verdict.Reason);
    }

    [Fact]
    public void A_header_claiming_an_absurd_picture_is_refused_for_its_size_even_without_a_playable_frame()
    {
        var lone = new FfprobeStream("video", "rawvideo", 16384, 2, 25, null, TimeSpan.Zero, IsAttachedPicture: false);

        var verdict = VideoValidator.Judge(new FfprobeReport("yuv4mpegpipe", TimeSpan.Zero, [lone]), 4096, Limits);

        Assert.Equal(ProbeRefusal.ResolutionTooHigh, verdict.Reason);
        Assert.Equal("The video is 16384x2; the limit is 3840x2160.", verdict.Message);
    }

    [Fact]
    public void A_picture_ffmpeg_refuses_to_allocate_is_refused_as_too_large_not_as_unreadable()
    {
        var verdict = VideoValidator.JudgeFailure("[IMGUTILS @ 0x1] Picture size 65535x65535 is invalid\nclip: Device or resource busy", "YUV4MPEG2 W65535"u8, Limits);

        Assert.Equal(ProbeRefusal.ResolutionTooHigh, verdict.Reason);
        Assert.Equal("The video is 65535x65535; the limit is 3840x2160.", verdict.Message);
    }

    [Fact]
    public void A_file_declaring_more_streams_than_ffmpeg_opens_is_refused_saying_so()
    {
        var verdict = VideoValidator.JudgeFailure(
            "[matroska,webm @ 0x1] Number of streams exceeds max_streams parameter (1000), see the documentation if you wish to increase it", [0x1A, 0x45, 0xDF, 0xA3], Limits);

        Assert.Equal(ProbeRefusal.NotVideo, verdict.Reason);
        Assert.Equal("This file declares more than 1000 streams; ffmpeg opens at most 1000, so it cannot be read.", verdict.Message);
    }

    [Theory]
    [InlineData("hls", true)]
    [InlineData("concat", true)]
    [InlineData("sdp", true)]
    [InlineData("tty", false)]
    public void A_playlist_stopped_by_the_demuxer_whitelist_is_named_as_one(string demuxer, bool playlist)
    {
        var verdict = VideoValidator.JudgeFailure($"[{demuxer} @ 0x55f6dcb49240] Format not on whitelist 'mov,matroska'\nclip: Invalid argument", "#EXTM3U\n"u8, Limits);

        Assert.Equal(ProbeRefusal.NotVideo, verdict.Reason);
        Assert.Equal(playlist ? $"This file is a playlist ({demuxer}) that points at other files or streams, not a video; upload the video file itself." : VideoValidator.NotVideoMessage, verdict.Message);
    }
}
