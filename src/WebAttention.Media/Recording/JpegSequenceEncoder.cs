using System.Globalization;
using Microsoft.Extensions.Options;
using WebAttention.Media.Configuration;
using WebAttention.Media.Processes;

namespace WebAttention.Media.Recording;

/// <summary>Encodes a folder of numbered JPEG frames (<c>f000000.jpg</c>, …) into an H.264 MP4 at a given rate (a recorded live session).</summary>
public sealed class JpegSequenceEncoder(IOptions<FfmpegOptions> ffmpeg)
{
    /// <summary>The file name of frame <paramref name="index"/> in a sequence folder.</summary>
    public static string FrameName(long index) => string.Create(CultureInfo.InvariantCulture, $"f{index:D6}.jpg");

    /// <summary>The ffmpeg arguments: frames at <paramref name="frameRate"/>, even-sized, yuv420p H.264, fast start.</summary>
    public static IReadOnlyList<string> Arguments(string folder, double frameRate, string output) =>
    [
        "-v", "error", "-framerate", frameRate.ToString("0.###", CultureInfo.InvariantCulture), "-i", Path.Combine(folder, "f%06d.jpg"),
        "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
        "-movflags", "+faststart", "-y", output,
    ];

    /// <summary>Writes <paramref name="output"/> from the frames in <paramref name="folder"/>.</summary>
    /// <exception cref="MediaException">ffmpeg failed or wrote nothing.</exception>
    public async Task EncodeAsync(string folder, double frameRate, string output, CancellationToken cancellationToken)
    {
        if (!(frameRate > 0) || double.IsInfinity(frameRate))
        {
            throw new ArgumentOutOfRangeException(nameof(frameRate), frameRate, "Must be a positive rate.");
        }

        var options = ffmpeg.Value;
        await FfmpegJob.RunAsync(options, Arguments(folder, frameRate, output), options.Timeout, "encode the recorded frames", null, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(output) || new FileInfo(output).Length == 0)
        {
            throw new MediaException("ffmpeg could not encode the recorded frames: nothing was written.");
        }
    }
}
