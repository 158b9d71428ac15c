using System.Globalization;
using FFMpegCore;
using FFMpegCore.Enums;
using WebAttention.Core.Media;

namespace WebAttention.Media.Proxy;

/// <summary>
/// The FFMpegCore argument sets for proxies and thumbnails, built from typed values. Codecs and pixel
/// formats go in as plain arguments: FFMpegCore's <c>VideoCodec.LibX264</c> runs <c>ffmpeg -codecs</c>
/// with global options on first use, which we avoid.
/// </summary>
public static class ProxyCommands
{
    /// <summary>
    /// Proxy transcode; for a 1920x1080 25 fps clip with audio at default options the line is
    /// <c>-i "in.mov" -map 0:v:0 -map 0:a:0? -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p
    /// -vf "fps=25,scale=1280:720,setsar=1" -c:a aac -b:a 128k -movflags +faststart "out.mp4" -y</c>.
    /// The proxy is constant-rate (<see cref="Processes.FfmpegCommands.ConstantRate"/>: frame n plays at n / rate, as
    /// the player's FrameClock assumes) and has square pixels at <paramref name="size"/> (a display size, see VideoInfo).
    /// </summary>
    public static FFMpegArgumentProcessor Transcode(string inputPath, string outputPath, FrameSize size, double frameRate, ProxyOptions options, bool hasAudio)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var video = string.Create(
            CultureInfo.InvariantCulture,
            $"-map 0:v:0 -map 0:a:0? -c:v libx264 -preset {options.Preset} -crf {options.Crf} -pix_fmt yuv420p -vf \"{Processes.FfmpegCommands.ConstantRate(frameRate)},scale={size.Width}:{size.Height},setsar=1\"");
        var audio = hasAudio
            ? string.Create(CultureInfo.InvariantCulture, $"-c:a aac -b:a {options.AudioKbps}k")
            : "-an";
        return FFMpegArguments
            .FromFileInput(inputPath, verifyExists: false)
            .OutputToFile(outputPath, overwrite: true, o => o
                .WithCustomArgument(video)
                .WithCustomArgument(audio)
                .WithFastStart());
    }

    /// <summary>
    /// One frame at <paramref name="at"/>, seeking before the input (fast), e.g.
    /// <c>-ss 00:00:01.000 -i "in.mp4" -frames:v 1 -vf scale=320:180 -q:v 3 "thumb.jpg" -y</c>.
    /// </summary>
    public static FFMpegArgumentProcessor Thumbnail(string inputPath, string outputPath, TimeSpan at, FrameSize size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var seek = at.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
        var quality = IsPng(outputPath) ? string.Empty : " -q:v 3";
        return FFMpegArguments
            .FromFileInput(inputPath, verifyExists: false, i => i.WithCustomArgument($"-ss {seek}"))
            .OutputToFile(outputPath, overwrite: true, o => o
                .WithCustomArgument(string.Create(CultureInfo.InvariantCulture, $"-frames:v 1 -vf scale={size.Width}:{size.Height}{quality}")));
    }

    /// <summary>True when <paramref name="path"/> names a PNG (else the thumbnail is JPEG).</summary>
    public static bool IsPng(string path) => string.Equals(Path.GetExtension(path), ".png", StringComparison.OrdinalIgnoreCase);

    /// <summary>FFMpegCore options pointing at the configured binaries, quiet apart from progress.</summary>
    internal static FFOptions ToolOptions(string binaryFolder) => new()
    {
        BinaryFolder = binaryFolder,
        LogLevel = FFMpegLogLevel.Error,
    };
}
