using System.Globalization;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;

namespace WebAttention.Media.TestClips;

/// <summary>
/// Generates synthetic MP4 clips (libx264, yuv420p) from ffmpeg's lavfi sources, for tests and benchmarks.
/// A one-shot 2 s moving-disc clip at 320x180, 25 fps, with audio runs:
/// <code>
/// ffmpeg -nostdin -hide_banner -loglevel error
///   -f lavfi -i "nullsrc=size=320x180:rate=25:duration=2,geq=lum='if(lte(hypot(X-W*(0.15+0.7*T/2),Y-H/2),H/8),235,16)':cb=128:cr=128"
///   -f lavfi -i sine=frequency=440:sample_rate=48000:duration=2
///   -map 0:v:0 -map 1:a:0 -c:v libx264 -preset veryfast -crf 18 -pix_fmt yuv420p -g 50
///   -c:a aac -b:a 96k -y /abs/out.mp4
/// </code>
/// Several shots are joined by <c>-filter_complex "[0:v][1:v]concat=n=2:v=1:a=0[v]" -map [v]</c>.
/// </summary>
public static class LavfiClip
{
    /// <summary>The ffmpeg arguments that write <paramref name="options"/> to <paramref name="outputPath"/>.</summary>
    public static IReadOnlyList<string> BuildArguments(LavfiClipOptions options, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = new FfmpegArgumentBuilder().Quiet();
        foreach (var shot in options.Shots)
        {
            builder.LavfiInput(SourceGraph(shot, options));
        }

        if (options.WithAudio)
        {
            builder.LavfiInput(Invariant($"sine=frequency=440:sample_rate=48000:duration={options.Seconds}"));
        }

        var shots = options.Shots.Count;
        var stored = options.SampleAspect is { } sar
            ? Invariant($"scale={options.StoredSize.Width}:{options.StoredSize.Height},setsar={sar.Numerator}/{sar.Denominator}")
            : null;
        if (shots == 1 && stored is null)
        {
            builder.Option("-map", "0:v:0");
        }
        else
        {
            var inputs = string.Concat(Enumerable.Range(0, shots).Select(i => Invariant($"[{i}:v]")));
            var joined = shots == 1 ? "[0:v]null" : Invariant($"{inputs}concat=n={shots}:v=1:a=0");
            builder.Option("-filter_complex", stored is null ? $"{joined}[v]" : $"{joined},{stored}[v]").Option("-map", "[v]");
        }

        if (options.WithAudio)
        {
            builder.Option("-map", Invariant($"{shots}:a:0"));
        }

        builder.Option("-c:v", "libx264").Option("-preset", "veryfast").Option("-crf", "18")
            .Option("-pix_fmt", "yuv420p").Option("-g", Math.Max(1, Math.Round(options.FrameRate * 2)));
        if (options.WithAudio)
        {
            builder.Option("-c:a", "aac").Option("-b:a", "96k");
        }

        if (options.FastStart)
        {
            builder.Option("-movflags", "+faststart");
        }

        return builder.Flag("-y").Output(outputPath).Build();
    }

    /// <summary>Writes the clip to <paramref name="outputPath"/> (MP4), replacing it.</summary>
    public static async Task GenerateAsync(LavfiClipOptions options, string outputPath, FfmpegOptions? ffmpeg = null, CancellationToken cancellationToken = default)
    {
        ffmpeg ??= new FfmpegOptions();
        await FfmpegJob.RunAsync(ffmpeg, BuildArguments(options, outputPath), ffmpeg.Timeout, "generate the test clip", onOutputLine: null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the first <paramref name="keepFraction"/> of <paramref name="sourcePath"/> to
    /// <paramref name="destinationPath"/>: an MP4 cut off mid-upload. Without faststart its index
    /// (moov) is at the end, so the copy cannot be opened at all.
    /// </summary>
    public static async Task WriteTruncatedCopyAsync(string sourcePath, string destinationPath, double keepFraction, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keepFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(keepFraction, 1);
        var bytes = await File.ReadAllBytesAsync(sourcePath, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(destinationPath, bytes.AsMemory(0, (int)(bytes.Length * keepFraction)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where the <see cref="LavfiPattern.MovingDisc"/> centre is at <paramref name="seconds"/> into a shot of <paramref name="shotSeconds"/>.</summary>
    public static (double X, double Y) DiscCentre(Core.Media.FrameSize size, double seconds, double shotSeconds) =>
        (size.Width * (0.15 + (0.7 * seconds / shotSeconds)), size.Height / 2.0);

    /// <summary>
    /// The bounding box of the <see cref="LavfiPattern.MovingDisc"/>'s bright pixels in a decoded frame (luma-like mean of
    /// RGB above mid-grey): columns and rows from first to last bright one, or null when none is bright. A disc round on
    /// screen has equal width and height.
    /// </summary>
    public static (int Left, int Top, int Width, int Height)? DiscExtent(Core.Media.VideoFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (w, h) = (frame.Size.Width, frame.Size.Height);
        int left = w, right = -1, top = h, bottom = -1;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = ((y * w) + x) * 3;
                if (frame.Rgb[i] + frame.Rgb[i + 1] + frame.Rgb[i + 2] > 3 * 128)
                {
                    (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
                }
            }
        }

        return right < 0 ? null : (left, top, right - left + 1, bottom - top + 1);
    }

    /// <summary>The lavfi source graph of one shot.</summary>
    public static string SourceGraph(LavfiShot shot, LavfiClipOptions options)
    {
        ArgumentNullException.ThrowIfNull(shot);
        ArgumentNullException.ThrowIfNull(options);
        var common = Invariant($"size={options.Size.Width}x{options.Size.Height}:rate={options.FrameRate}:duration={shot.Seconds}");
        return shot.Pattern switch
        {
            LavfiPattern.TestSrc2 => $"testsrc2={common}",
            LavfiPattern.SolidColor => $"color=color={shot.Color}:{common}",
            LavfiPattern.MovingDisc => Invariant(
                $"nullsrc={common},geq=lum='if(lte(hypot(X-W*(0.15+0.7*T/{shot.Seconds}),Y-H/2),H/8),235,16)':cb=128:cr=128"),
            _ => throw new ArgumentOutOfRangeException(nameof(shot), shot.Pattern, "Unknown pattern."),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
