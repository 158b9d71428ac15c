using System.Globalization;
using System.Text;
using WebAttention.Core.Reframing;
using WebAttention.Media.Processes;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Rendering;

/// <summary>
/// Pure builders of the reframe render: segments, the <c>sendcmd</c> file, the filter graph of a path with one
/// window size and the ffmpeg argument list. ffmpeg's <c>crop</c> fixes its output size when the graph is configured
/// (changing <c>w</c>/<c>h</c> by command stalls the graph), so a path whose window size changes (padding, zoom)
/// renders with the graph of <see cref="ZoomCommands"/> instead — still one ffmpeg run.
/// A one-size 9:16 render of a 320x180 clip runs:
/// <code>
/// ffmpeg -nostdin -hide_banner -loglevel error -i /abs/src.mp4
///   -filter_complex "[0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/x/crop.cmd,crop@c=w=101:h=180:x=110:y=0,scale=1080:1920:flags=bicubic,setsar=1,format=yuv420p[v]"
///   -map [v] -map 0:a:0? -fps_mode passthrough -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p
///   -c:a aac -b:a 128k -movflags +faststart -progress pipe:1 -nostats -y /abs/out.mp4
/// </code>
/// </summary>
public static class ReframeCommands
{
    /// <summary>The crop filter's instance name, the target of the sendcmd commands.</summary>
    public const string CropInstance = "crop@c";

    /// <summary>
    /// Runs of consecutive frames with equal window size and padding (usually whole shots; keyframe zoom can vary
    /// the size within a shot, and every distinct size is a run of its own).
    /// </summary>
    public static IReadOnlyList<RenderSegment> Segments(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<RenderSegment>();
        for (var f = 0; f < path.Frames.Count; f++)
        {
            var w = path.Frames[f];
            if (segments.Count > 0 && segments[^1] is { } last
                && last.WindowWidth == w.Width && last.WindowHeight == w.Height && last.Padded == w.Padded)
            {
                segments[^1] = last with { EndFrame = f + 1 };
            }
            else
            {
                segments.Add(new RenderSegment(f, f + 1, w.Width, w.Height, w.Padded));
            }
        }

        return segments;
    }

    /// <summary>
    /// The sendcmd script of a segment: one line per frame whose window moves,
    /// <c>TIME crop@c x X, crop@c y Y;</c>, TIME half a frame before the frame (segment-relative seconds, so
    /// rounding can never apply it a frame late or early); the first frame's line at 0.
    /// </summary>
    public static string SendCmd(CropPath path, RenderSegment segment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(segment);
        var text = new StringBuilder();
        CropWindow? previous = null;
        for (var f = segment.FirstFrame; f < segment.EndFrame; f++)
        {
            var w = path.Frames[(int)f];
            if (previous is { } p && p.X == w.X && p.Y == w.Y)
            {
                continue;
            }

            var i = f - segment.FirstFrame;
            var time = i == 0 ? 0 : (i - 0.5) / path.FrameRate;
            text.Append(CultureInfo.InvariantCulture, $"{time:0.000000} {CropInstance} x {w.X}, {CropInstance} y {w.Y};\n");
            previous = w;
        }

        return text.ToString();
    }

    /// <summary>The filter graph of a segment, output label <c>[v]</c>.</summary>
    /// <param name="path">The crop path.</param>
    /// <param name="segment">The segment.</param>
    /// <param name="settings">Export size.</param>
    /// <param name="sendCmdFile">Absolute path of the segment's sendcmd script (letters, digits, <c>/ _ . -</c> only).</param>
    public static string FilterGraph(CropPath path, RenderSegment segment, ExportSettings settings, string sendCmdFile)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(settings);
        RequirePlainPath(sendCmdFile);
        var first = path.Frames[(int)segment.FirstFrame];
        var (ew, eh) = (settings.Width, settings.Height);
        var head = Head(path, sendCmdFile) + ",";
        var crop = string.Create(CultureInfo.InvariantCulture, $"{CropInstance}=w={segment.WindowWidth}:h={segment.WindowHeight}:x={first.X}:y={first.Y}");
        const string tail = "setsar=1,format=yuv420p[v]";
        if (!segment.Padded)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{head}{crop},scale={ew}:{eh}:flags=bicubic,{tail}");
        }

        var fit = string.Create(CultureInfo.InvariantCulture, $"scale={ew}:{eh}:force_original_aspect_ratio=decrease:flags=bicubic");
        if (path.Padding == PaddingStyle.Solid)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{head}{crop},{fit},pad={ew}:{eh}:(ow-iw)/2:(oh-ih)/2:color={SafeColor(path.PaddingColor)},{tail}");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{head}split[bgsrc][fgsrc];[bgsrc]scale={ew}:{eh}:force_original_aspect_ratio=increase,crop={ew}:{eh},boxblur=20:2[bg];[fgsrc]{crop},{fit}[fg];[bg][fg]overlay=x=(W-w)/2:y=(H-h)/2,{tail}");
    }

    /// <summary>
    /// The start of every render graph: timestamps from zero, the constant-rate grid the analysis used
    /// (<see cref="FfmpegCommands.ConstantRate"/>, so the sendcmd times and frame n match), the source scaled to the path's source size in square
    /// pixels (crop windows are chosen in display space: a 720x576 clip with 16:15 pixels is cropped as 768x576; for
    /// square-pixel sources the scale is the identity and ffmpeg passes frames through), then the sendcmd script.
    /// </summary>
    internal static string Head(CropPath path, string sendCmdFile) => string.Create(
        CultureInfo.InvariantCulture,
        $"[0:v]setpts=PTS-STARTPTS,{FfmpegCommands.ConstantRate(path.FrameRate)},scale={path.SourceWidth}:{path.SourceHeight}:flags=bicubic,setsar=1,sendcmd=f={sendCmdFile}");

    /// <summary>ffmpeg arguments rendering the whole path in one run (audio kept).</summary>
    public static IReadOnlyList<string> Render(string sourcePath, string filterGraph, ExportSettings settings, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new FfmpegArgumentBuilder().Quiet().Restrict().InputFile(sourcePath)
            .Option("-filter_complex", filterGraph)
            .Option("-map", "[v]").Option("-map", "0:a:0?")
            .Option("-fps_mode", "passthrough")
            .Option("-c:v", "libx264").Option("-preset", settings.Preset).Option("-crf", settings.Crf)
            .Option("-pix_fmt", "yuv420p")
            .Option("-c:a", "aac").Option("-b:a", string.Create(CultureInfo.InvariantCulture, $"{settings.AudioKbps}k"))
            .Option("-movflags", "+faststart")
            .Option("-progress", FfmpegArgumentBuilder.StandardOutput).Flag("-nostats").Flag("-y").Output(outputPath).Build();
    }

    /// <summary>Throws unless <paramref name="sendCmdFile"/> is plain (letters, digits, <c>/ _ . -</c>) so it can sit in a filter graph unescaped.</summary>
    internal static void RequirePlainPath(string sendCmdFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sendCmdFile);
        if (!sendCmdFile.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '.' or '-'))
        {
            throw new ArgumentException("The sendcmd file path must be plain (letters, digits, / _ . -) to sit in a filter graph unescaped.", nameof(sendCmdFile));
        }
    }

    internal static string SafeColor(string color) =>
        !string.IsNullOrEmpty(color) && color.Length <= 30 && color.All(char.IsAsciiLetterOrDigit) ? color : "black";
}
