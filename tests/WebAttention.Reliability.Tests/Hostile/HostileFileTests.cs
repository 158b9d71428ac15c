using System.Text;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Clips;
using WebAttention.Testing;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// Hostile files uploaded end to end through the real upload protocol: each is refused with a specific sentence, or,
/// when it is a legitimately odd video, analysed with a map for every frame. Playlists that name local files must be
/// refused without the files ever being read (their access time is the witness).
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileFileTests(HostileServer host, ITestOutputHelper output)
{
    private const string NotVideo = "not a video ffmpeg can read";
    private const string Damaged = "damaged or incomplete";
    private const string StillImage = "still image";

    [Fact]
    public async Task Every_hostile_file_gets_a_clear_error_or_a_correct_result()
    {
        var media = new HostileMedia(Path.Combine(host.Work, "files"));
        var runner = new HostileRunner(host, "hostile-files", output);
        async Task Row(string input, byte[] file, Func<Outcome, string?> expect, string? name = null) =>
            await runner.RowAsync(input, file.Length, () => UploadAsync(name ?? "clip.mp4", file), expect);

        var clip = await media.ClipAsync("base.mp4", seconds: 2);
        var fastStart = await media.ClipAsync("base-faststart.mp4", seconds: 2, fastStart: true);
        var png = await media.FfmpegAsync("still.png", "-f", "lavfi", "-i", "testsrc2=size=96x64", "-frames:v", "1");
        var jpeg = await media.FfmpegAsync("still.jpg", "-f", "lavfi", "-i", "testsrc2=size=96x64", "-frames:v", "1");

        // Nothing, or not a video at all.
        await Row("zero bytes", [], HostileRunner.RefusedWith("The file is empty"));
        await Row("one byte", [0x00], HostileRunner.RefusedWith(NotVideo));
        await Row("text renamed .mp4", Encoding.UTF8.GetBytes("Just some notes, not a video.\n"), HostileRunner.RefusedWith(NotVideo));
        await Row("HTML renamed .mp4", Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(1)</script></body></html>"), HostileRunner.RefusedWith(NotVideo));
        await Row("SVG renamed .mp4", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30"/></svg>"""),
            o => HostileRunner.RefusedWith(NotVideo)(o) is null || HostileRunner.RefusedWith(StillImage)(o) is null ? null : "expected not a video or still image");
        await Row("zip renamed .mp4", HostileMedia.Zip(("clip.mp4", clip)), HostileRunner.RefusedWith(NotVideo));
        await Row("PNG renamed .mp4", png, HostileRunner.RefusedWith(StillImage));
        await Row("JPEG renamed .mov", jpeg, HostileRunner.RefusedWith(StillImage), "holiday.mov");
        await Row("random bytes (64 KB)", RandomBytes(65536, 7), HostileRunner.RefusedWith(NotVideo));
        await Row("MP4 signature then random bytes", [.. clip[..32], .. RandomBytes(32768, 8)], o =>
            HostileRunner.RefusedWith(Damaged)(o) is null || HostileRunner.RefusedWith(NotVideo)(o) is null ? null : "expected damaged or not a video");

        // Cut off (moov at the end, as a camera writes it).
        await Row("truncated: header only (40 bytes)", clip[..40], HostileRunner.RefusedWith(Damaged));
        await Row("truncated at 10 %", HostileMedia.Truncated(clip, 0.10), HostileRunner.RefusedWith(Damaged));
        await Row("truncated at 50 %", HostileMedia.Truncated(clip, 0.50), HostileRunner.RefusedWith(Damaged));
        await Row("truncated at 99 %", HostileMedia.Truncated(clip, 0.99), HostileRunner.RefusedWith(Damaged));
        await Row("fast-start MP4 truncated at 50 %", HostileMedia.Truncated(fastStart, 0.50), HostileRunner.AnalysedOrClearly(Damaged, "incomplete", "frames"));
        await Row("corrupt mid-stream (4 KB inverted)", HostileMedia.FlippedInTheMiddle(fastStart, 4096), HostileRunner.AnalysedOrClearly(Damaged, "decode"));

        // Media that is not (only) a picture.
        await Row("audio only (MP3)", await media.FfmpegAsync("tone.mp3", "-f", "lavfi", "-i", "sine=frequency=440:duration=1"), HostileRunner.RefusedWith("sound but no video"));
        await Row("audio only (M4A)", await media.FfmpegAsync("tone.m4a", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac"), HostileRunner.RefusedWith("sound but no video"));
        await Row("one-frame MP4", await media.ClipAsync("one-frame.mp4", seconds: 0.1), HostileRunner.RefusedWith(StillImage));
        await Row("240 fps", await media.FfmpegAsync("fast.mp4", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=240", "-t", "0.5", "-c:v", "libx264", "-preset", "ultrafast"),
            HostileRunner.RefusedWith("fps; the limit is 120 fps"));

        // Absurd claims in valid headers.
        await Row("y4m header claiming 65535x65535", HostileMedia.Y4mHeader(65535, 65535), HostileRunner.RefusedWith("65535x65535; the limit is 3840x2160"));
        await Row("y4m header claiming 16384x2", HostileMedia.Y4mHeader(16384, 2), HostileRunner.RefusedWith("16384x2; the limit is"));
        var frames = await media.JpegFramesAsync(10, "96x64");
        await Row("Matroska with 2,000 audio tracks", Ebml.Matroska(frames, 96, 64, 2000, 1000), HostileRunner.RefusedWith("declares more than 1000 streams"));
        await Row("Matroska with 900 audio tracks", Ebml.Matroska(frames, 96, 64, 900, 1000), HostileRunner.Analysed());
        await Row("Matroska claiming 31 years", Ebml.Matroska(frames, 96, 64, 0, 1e12), HostileRunner.AnalysedOrClearly("long; the limit is 2h"));
        await Row("MP4 claiming 24 days", HostileMedia.HugeDurationClaim(fastStart), HostileRunner.AnalysedOrClearly("long; the limit is 2h"));

        // Legitimately odd videos: analysed, a map for every frame.
        await Row("hand-made Matroska (MJPEG, 10 frames)", Ebml.Matroska(frames, 96, 64, 0, 1000), HostileRunner.Analysed());
        await Row("variable frame rate", await media.FfmpegAsync("vfr.mkv", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=30", "-t", "2",
            "-vf", "select='not(mod(n\\,3))+eq(mod(n\\,7)\\,1)'", "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast"), HostileRunner.Analysed());
        await Row("rotated 90° (display matrix)", HostileMedia.Rotated90(fastStart), HostileRunner.Analysed());
        await Row("10-bit 4:2:0", await media.ClipAsync("ten-bit.mp4", pixelFormat: "yuv420p10le"), HostileRunner.Analysed());
        await Row("4:4:4", await media.ClipAsync("444.mp4", pixelFormat: "yuv444p"), HostileRunner.Analysed());
        await Row("1x1", await media.ClipAsync("1x1.mp4", extra: ["-vf", "scale=1:1"], pixelFormat: "yuv444p"), HostileRunner.Analysed());
        await Row("odd size 97x33 (FFV1)", await media.FfmpegAsync("97x33.mkv", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=10", "-t", "1", "-vf", "scale=97:33", "-pix_fmt", "yuv444p", "-c:v", "ffv1"),
            HostileRunner.Analysed());
        await Row("4097x3 (FFV1)", await media.FfmpegAsync("4097x3.mkv", "-f", "lavfi", "-i", "testsrc2=size=96x64:rate=10", "-t", "1", "-vf", "scale=4097:3", "-pix_fmt", "yuv444p", "-c:v", "ffv1"),
            HostileRunner.RefusedWith("4097x3; the limit is 3840x2160"));

        await new PlaylistRows(host, media, runner, UploadAsync).RunAsync();

        // Every run of ffprobe or ffmpeg that read uploaded bytes (a part file or a clip's source) was restricted.
        await runner.RowAsync("every ffprobe/ffmpeg run on uploaded bytes", 0, () =>
        {
            var uploads = host.ToolRuns().Where(line => ReadsUpload(line, host.Server.DataRoot)).ToList();
            var open = uploads.Where(line => !line.Contains("-protocol_whitelist file -format_whitelist ", StringComparison.Ordinal)).ToList();
            return Task.FromResult(new Outcome(open.Count == 0 && uploads.Count > 0 ? "restricted" : "OPEN",
                $"{uploads.Count(l => l.StartsWith("ffprobe", StringComparison.Ordinal))} probes, {uploads.Count(l => l.StartsWith("ffmpeg", StringComparison.Ordinal))} ffmpeg runs; unrestricted: {(open.Count == 0 ? "none" : open[0])}"));
        }, o => o.Status == "restricted" ? null : "expected every run on uploaded bytes to carry the protocol and demuxer whitelists");

        runner.Finish();
    }

    private async Task<Outcome> UploadAsync(string name, byte[] file)
    {
        var hub = await host.Creator.ConnectAsync();
        try
        {
            var result = await TestUploader.UploadAsync(hub, name, file);
            if (result.ClipId is not { } clipId)
            {
                return Outcome.Refused(result.Error ?? "(no message)");
            }
            var (clip, maps) = await host.SettleAsync(host.Creator, clipId);
            return clip.Status == ClipStatus.Ready
                ? new Outcome("ready", $"{clip.Width}x{clip.Height}, {clip.FrameCount} frames, {clip.FrameRate:0.##} fps", maps, clip.FrameCount)
                : new Outcome("failed", clip.Error ?? "(no message)");
        }
        catch (HubException ex)
        {
            return Outcome.Refused(ex.Message);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    // ffprobe's input is its last argument; ffmpeg's follow -i.
    private static bool ReadsUpload(string line, string dataRoot) =>
        line.StartsWith("ffprobe ", StringComparison.Ordinal) ? line.TrimEnd().EndsWith(".part", StringComparison.Ordinal) || line.TrimEnd().EndsWith("/source", StringComparison.Ordinal)
        : line.Contains($"-i {dataRoot}", StringComparison.Ordinal) && (line.Contains("/uploads/", StringComparison.Ordinal) || line.Contains("/source ", StringComparison.Ordinal));

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
