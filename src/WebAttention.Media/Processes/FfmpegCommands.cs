using System.Globalization;
using WebAttention.Core.Media;

namespace WebAttention.Media.Processes;

/// <summary>The ffmpeg/ffprobe command lines for probing and decoding (run through <see cref="ToolRunner"/> and <see cref="ToolProcess"/>).</summary>
public static class FfmpegCommands
{
    /// <summary>
    /// ffprobe arguments describing container and streams as JSON, opening the file only as
    /// <see cref="UntrustedInput"/> allows:
    /// <c>-v error -protocol_whitelist file -format_whitelist mov,... -print_format json -show_format -show_streams /abs/clip.mp4</c>.
    /// </summary>
    public static IReadOnlyList<string> Probe(string path) =>
        new FfmpegArgumentBuilder()
            .Option("-v", "error")
            .Restrict()
            .Option("-print_format", "json")
            .Flag("-show_format")
            .Flag("-show_streams")
            .Output(path)
            .Build();

    /// <summary>
    /// The filter that puts a stream on the constant-rate grid of <paramref name="frameRate"/> (frame n at n / rate), e.g.
    /// <c>fps=25</c> or <c>fps=29.97002997002997</c> (ffmpeg reads it back as 30000/1001). Analysis decoding, the browser
    /// proxy and exports all start with it, so frame n means the same picture in each — also for variable-rate sources
    /// (phones), which it resamples to their average rate; for constant-rate sources at that rate it passes every frame
    /// through unchanged.
    /// </summary>
    public static string ConstantRate(double frameRate)
    {
        if (!(frameRate > 0) || !double.IsFinite(frameRate))
        {
            throw new ArgumentOutOfRangeException(nameof(frameRate), frameRate, "The frame rate must be positive.");
        }
        return string.Create(CultureInfo.InvariantCulture, $"fps={frameRate:R}");
    }

    /// <summary>
    /// ffmpeg arguments decoding the first video stream, scaled inside ffmpeg, to packed RGB24 on stdout, one output
    /// frame per frame of the constant-rate grid when <paramref name="frameRate"/> is given (<see cref="ConstantRate"/>),
    /// else per decoded frame (<c>-fps_mode passthrough</c>: no duplicates or drops):
    /// <c>-nostdin -hide_banner -loglevel error -protocol_whitelist file -format_whitelist mov,... -i /abs/clip.mp4 -map 0:v:0 -an -sn -dn -fps_mode passthrough
    /// -vf fps=25,scale=384:224:flags=area,format=rgb24 -pix_fmt rgb24 -f rawvideo pipe:1</c>.
    /// </summary>
    public static IReadOnlyList<string> DecodeRgb24(string path, FrameSize size, double? frameRate = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Height);
        return new FfmpegArgumentBuilder()
            .Quiet()
            .Restrict()
            .InputFile(path)
            .Option("-map", "0:v:0")
            .Flag("-an").Flag("-sn").Flag("-dn")
            .Option("-fps_mode", "passthrough")
            .Option("-vf", string.Create(CultureInfo.InvariantCulture, $"{(frameRate is { } r ? ConstantRate(r) + "," : "")}scale={size.Width}:{size.Height}:flags=area,format=rgb24"))
            .Option("-pix_fmt", "rgb24")
            .Option("-f", "rawvideo")
            .Output(FfmpegArgumentBuilder.StandardOutput)
            .Build();
    }
}
