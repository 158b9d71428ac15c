using System.Text;

namespace WebAttention.Reliability.Tests.Hostile;

/// <summary>
/// "Videos" that are playlists or pointers naming local files (ffconcat, HLS, SDP, a bare <c>file:</c> URL). They must
/// be refused without the named files ever being read: each canary is a real 200x120 video whose access time is set
/// far in the past before the row; any open-and-read (relatime) moves it, so an unchanged time proves it was not read.
/// A control read at the start shows the file system keeps access times at all.
/// </summary>
public sealed class PlaylistRows(HostileServer host, HostileMedia media, HostileRunner runner, Func<string, byte[], Task<Outcome>> upload)
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task RunAsync()
    {
        var canary = await media.ClipAsync("canary.mp4", size: "200x120", seconds: 3, fastStart: true);
        var canaryTs = await media.FfmpegAsync("canary.ts", "-f", "lavfi", "-i", "testsrc2=size=200x120:rate=10", "-t", "3", "-c:v", "libx264", "-preset", "ultrafast", "-f", "mpegts");
        var folder = Path.Combine(host.Work, "canaries");
        Directory.CreateDirectory(folder);
        var absoluteMp4 = Path.Combine(folder, "canary.mp4");
        var absoluteTs = Path.Combine(folder, "canary.ts");
        var besideParts = Path.Combine(host.UploadsFolder, "canary.mp4"); // where a relative name in an uploaded part file resolves
        await File.WriteAllBytesAsync(absoluteMp4, canary);
        await File.WriteAllBytesAsync(absoluteTs, canaryTs);
        await File.WriteAllBytesAsync(besideParts, canary);
        string[] canaries = [absoluteMp4, absoluteTs, besideParts];
        var accessTimesWork = await ControlReadMovesAccessTimeAsync(absoluteMp4);

        const string Playlist = "is a playlist";
        const string NotVideo = "not a video ffmpeg can read";
        var rows = new (string Input, string Text, string Expected)[]
        {
            ("ffconcat naming a file beside the part files", "ffconcat version 1.0\nfile canary.mp4\n", Playlist + " (concat)"),
            ("ffconcat naming an absolute path", $"ffconcat version 1.0\nfile {absoluteMp4}\n", Playlist + " (concat)"),
            ("ffconcat naming a file: URL", $"ffconcat version 1.0\nfile file:{absoluteMp4}\n", Playlist + " (concat)"),
            ("HLS playlist naming an absolute path", $"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3,\n{absoluteTs}\n#EXT-X-ENDLIST\n", Playlist + " (hls)"),
            ("HLS playlist naming a file: URL", $"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3,\nfile:{absoluteTs}\n#EXT-X-ENDLIST\n", Playlist + " (hls)"),
            ("HLS master playlist naming a local playlist", $"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nfile:{absoluteTs}\n", Playlist + " (hls)"),
            ("SDP session on a loopback UDP port", "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=x\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=video 5004 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n", Playlist + " (sdp)"),
            ("text holding only a file: URL", $"file:{absoluteMp4}\n", NotVideo),
        };
        foreach (var (input, text, expected) in rows)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var file in canaries)
            {
                File.SetLastAccessTimeUtc(file, LongAgo);
            }
            await runner.RowAsync(
                input + (accessTimesWork ? "" : " (access times not kept here: refusal only)"),
                bytes.Length,
                () => upload("playlist.mp4", bytes),
                o => HostileRunner.RefusedWith(expected)(o) is null && !o.Message.Contains("200x120", StringComparison.Ordinal)
                    ? null
                    : $"expected refused saying \"{expected}\", the canary's size never shown",
                () => accessTimesWork && canaries.FirstOrDefault(f => File.GetLastAccessTimeUtc(f) != LongAgo) is { } read
                    ? $"the canary {Path.GetFileName(read)} in {Path.GetDirectoryName(read)} was read"
                    : null);
        }
        File.Delete(besideParts);
    }

    private static async Task<bool> ControlReadMovesAccessTimeAsync(string file)
    {
        File.SetLastAccessTimeUtc(file, LongAgo);
        await using (var stream = File.OpenRead(file))
        {
            await stream.ReadExactlyAsync(new byte[16]);
        }
        return File.GetLastAccessTimeUtc(file) != LongAgo;
    }
}
