using System.Globalization;
using WebAttention.Core.Media;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Proxy;

/// <summary>The ffmpeg argument lists for proxies and thumbnails, built from typed values (<see cref="FfmpegArgumentBuilder"/>).</summary>
public static class ProxyCommands
{
    /// <summary>
    /// Proxy transcode; for a 1920x1080 25 fps clip with audio at default options the line is
    /// <c>-nostdin -hide_banner -loglevel error -i /in.mov -map 0:v:0 -map 0:a:0? -c:v libx264 -preset veryfast -crf 23
    /// -pix_fmt yuv420p -vf fps=25,scale=1280:720,setsar=1 -c:a aac -b:a 128k -movflags +faststart -progress pipe:1 -nostats
    /// -y /out.mp4</c>. The proxy is constant-rate (<see cref="FfmpegCommands.ConstantRate"/>: frame n plays at n / rate, as
    /// the player's FrameClock assumes) and has square pixels at <paramref name="size"/> (a display size, see VideoInfo).
    /// Progress comes on stdout (<see cref="FfmpegProgress"/>).
    /// </summary>
    public static IReadOnlyList<string> Transcode(string inputPath, string outputPath, FrameSize size, double frameRate, ProxyOptions options, bool hasAudio)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var builder = new FfmpegArgumentBuilder().Quiet().Restrict().InputFile(inputPath)
            .Option("-map", "0:v:0").Option("-map", "0:a:0?")
            .Option("-c:v", "libx264").Option("-preset", options.Preset).Option("-crf", options.Crf)
            .Option("-pix_fmt", "yuv420p")
            .Option("-vf", string.Create(CultureInfo.InvariantCulture, $"{FfmpegCommands.ConstantRate(frameRate)},scale={size.Width}:{size.Height},setsar=1"));
        builder = hasAudio
            ? builder.Option("-c:a", "aac").Option("-b:a", string.Create(CultureInfo.InvariantCulture, $"{options.AudioKbps}k"))
            : builder.Flag("-an");
        return builder.Option("-movflags", "+faststart")
            .Option("-progress", FfmpegArgumentBuilder.StandardOutput).Flag("-nostats")
            .Flag("-y").Output(outputPath).Build();
    }

    /// <summary>
    /// One frame at <paramref name="at"/>, seeking before the input (fast), e.g.
    /// <c>-nostdin -hide_banner -loglevel error -ss 00:00:01.000 -i /in.mp4 -frames:v 1 -vf scale=320:180 -q:v 3 -y /thumb.jpg</c>.
    /// </summary>
    public static IReadOnlyList<string> Thumbnail(string inputPath, string outputPath, TimeSpan at, FrameSize size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var builder = new FfmpegArgumentBuilder().Quiet()
            .Option("-ss", at.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture))
            .Restrict()
            .InputFile(inputPath)
            .Option("-frames:v", "1")
            .Option("-vf", string.Create(CultureInfo.InvariantCulture, $"scale={size.Width}:{size.Height}"));
        if (!IsPng(outputPath))
        {
            builder = builder.Option("-q:v", "3");
        }

        return builder.Flag("-y").Output(outputPath).Build();
    }

    /// <summary>True when <paramref name="path"/> names a PNG (else the thumbnail is JPEG).</summary>
    public static bool IsPng(string path) => string.Equals(Path.GetExtension(path), ".png", StringComparison.OrdinalIgnoreCase);
}
