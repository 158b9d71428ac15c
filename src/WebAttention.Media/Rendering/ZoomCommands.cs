using System.Globalization;
using System.Text;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;

namespace WebAttention.Media.Rendering;

/// <summary>
/// Pure builders of the one-pass render of a path whose window size changes (keyframe zoom, padded shots):
/// the <c>sendcmd</c> script and the filter graph. Unpadded frames cut a fixed-size box (<c>crop@c</c>), scale it
/// per frame (<c>scale@z</c> takes <c>w</c>/<c>h</c> commands; a scale may change its output size mid-stream,
/// a crop may not) and take the export-size window out of it (<c>crop@o</c>, or <c>overlay@o</c> at minus the
/// offset when the path has padded shots). Each padded window size gets its own branch (<c>crop@pK</c> of that size,
/// scaled to fit), overlaid centred on the blurred or solid background for its frames only (timeline <c>enable</c>).
/// A zoom render of a path without padding runs
/// <code>
/// [0:v]setpts=PTS-STARTPTS,fps=25,scale=320:180:flags=bicubic,setsar=1,sendcmd=f=/tmp/x/zoom.cmd,crop@c=w=101:h=180:x=110:y=0:exact=1,
///   scale@z=w=1080:h=1920:flags=bicubic,crop@o=w=1080:h=1920:x=0:y=0:exact=1,setsar=1,format=yuv420p[v]
/// </code>
/// </summary>
public static class ZoomCommands
{
    /// <summary>The box crop's instance name.</summary>
    public const string BoxInstance = "crop@c";

    /// <summary>The zoom scale's instance name.</summary>
    public const string ScaleInstance = "scale@z";

    /// <summary>The output-window crop's instance name (paths without padding).</summary>
    public const string WindowInstance = "crop@o";

    /// <summary>The overlay placing the zoomed box (paths with padding).</summary>
    public const string OverlayInstance = "overlay@o";

    /// <summary>The distinct padded window sizes of a path, in order of first appearance (one graph branch each).</summary>
    public static IReadOnlyList<(int Width, int Height)> PaddedSizes(CropPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return [.. path.Frames.Where(f => f.Padded).Select(f => (f.Width, f.Height)).Distinct()];
    }

    /// <summary>
    /// The sendcmd script: for each frame the commands whose value changed since the previous frame, at
    /// half a frame before it (the first at 0), as in <see cref="ReframeCommands.SendCmd"/>.
    /// </summary>
    public static string SendCmd(CropPath path, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(settings);
        var box = ZoomLayout.BoxSize(path);
        var padded = PaddedSizes(path);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var line = new List<string>();
        for (var f = 0; f < path.Frames.Count; f++)
        {
            var w = path.Frames[f];
            line.Clear();
            if (w.Padded)
            {
                var branch = PaddedInstance(IndexOf(padded, w));
                Set(branch, "x", w.X);
                Set(branch, "y", w.Y);
            }
            else
            {
                var l = ZoomLayout.Unpadded(w, box, path.SourceWidth, path.SourceHeight, settings.Width, settings.Height);
                Set(BoxInstance, "x", l.BoxX);
                Set(BoxInstance, "y", l.BoxY);
                Set(ScaleInstance, "w", l.ScaledWidth);
                Set(ScaleInstance, "h", l.ScaledHeight);
                if (padded.Count == 0)
                {
                    Set(WindowInstance, "x", l.OffsetX);
                    Set(WindowInstance, "y", l.OffsetY);
                }
                else
                {
                    Set(OverlayInstance, "x", -l.OffsetX);
                    Set(OverlayInstance, "y", -l.OffsetY);
                }
            }

            if (line.Count > 0)
            {
                var time = f == 0 ? 0 : (f - 0.5) / path.FrameRate;
                text.Append(CultureInfo.InvariantCulture, $"{time:0.000000} {string.Join(", ", line)};\n");
            }
        }

        return text.ToString();

        void Set(string instance, string command, int value)
        {
            var key = instance + " " + command;
            if (!last.TryGetValue(key, out var previous) || previous != value)
            {
                last[key] = value;
                line.Add(string.Create(CultureInfo.InvariantCulture, $"{key} {value}"));
            }
        }
    }

    /// <summary>The one-pass filter graph, output label <c>[v]</c>.</summary>
    /// <param name="path">The crop path.</param>
    /// <param name="settings">Export size.</param>
    /// <param name="sendCmdFile">Absolute path of the sendcmd script (letters, digits, <c>/ _ . -</c> only).</param>
    public static string FilterGraph(CropPath path, ExportSettings settings, string sendCmdFile)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(settings);
        ReframeCommands.RequirePlainPath(sendCmdFile);
        if (path.Frames.Count == 0)
        {
            throw new ArgumentException("The crop path has no frames.", nameof(path));
        }

        var (ew, eh) = (settings.Width, settings.Height);
        var box = ZoomLayout.BoxSize(path);
        var padded = PaddedSizes(path);
        var head = ReframeCommands.Head(path, sendCmdFile);
        const string tail = "setsar=1,format=yuv420p[v]";
        var firstUnpadded = path.Frames.FirstOrDefault(f => !f.Padded);
        var zoom = string.Empty;
        FrameLayout start = default;
        if (box.Width > 0)
        {
            start = ZoomLayout.Unpadded(firstUnpadded, box, path.SourceWidth, path.SourceHeight, ew, eh);
            zoom = Inv($"{BoxInstance}=w={box.Width}:h={box.Height}:x={start.BoxX}:y={start.BoxY}:exact=1,{ScaleInstance}=w={start.ScaledWidth}:h={start.ScaledHeight}:flags=bicubic");
        }

        if (padded.Count == 0)
        {
            return Inv($"{head},{zoom},{WindowInstance}=w={ew}:h={eh}:x={start.OffsetX}:y={start.OffsetY}:exact=1,{tail}");
        }

        var layers = (box.Width > 0 ? 1 : 0) + padded.Count;
        var graph = new StringBuilder(Inv($"{head},split={layers + 1}[bgsrc]"));
        for (var i = 0; i < layers; i++)
        {
            graph.Append(Inv($"[s{i}]"));
        }

        var paddedFrames = Ranges(path, f => f.Padded);
        var background = path.Padding == PaddingStyle.Solid
            ? Inv($"crop=2:2:0:0,scale={ew}:{eh}:flags=neighbor,drawbox=x=0:y=0:w=iw:h=ih:color={ReframeCommands.SafeColor(path.PaddingColor)}:t=fill")
            : Inv($"scale={ew}:{eh}:force_original_aspect_ratio=increase,crop={ew}:{eh},boxblur=20:2{Enable(paddedFrames, path.Frames.Count)}");
        graph.Append(Inv($";[bgsrc]{background}[l0]"));
        var layer = 0;
        if (box.Width > 0)
        {
            graph.Append(Inv($";[s0]{zoom}[z];[l0][z]{OverlayInstance}=x={-start.OffsetX}:y={-start.OffsetY}{Enable(Ranges(path, f => !f.Padded), path.Frames.Count)}[l1]"));
            layer = 1;
        }

        for (var k = 0; k < padded.Count; k++)
        {
            var (w, h) = padded[k];
            var first = path.Frames.First(f => f.Padded && f.Width == w && f.Height == h);
            var (fw, fh) = ZoomLayout.Fit(w, h, ew, eh);
            graph.Append(Inv($";[s{layer}]{PaddedInstance(k)}=w={w}:h={h}:x={first.X}:y={first.Y}:exact=1,scale={fw}:{fh}:flags=bicubic[p{k}]"));
            graph.Append(Inv($";[l{layer}][p{k}]overlay=x=(W-w)/2:y=(H-h)/2{Enable(Ranges(path, f => f.Padded && f.Width == w && f.Height == h), path.Frames.Count)}[l{layer + 1}]"));
            layer++;
        }

        graph.Append(Inv($";[l{layer}]{tail}"));
        return graph.ToString();
    }

    /// <summary>The crop instance of the padded branch <paramref name="index"/>.</summary>
    public static string PaddedInstance(int index) => string.Create(CultureInfo.InvariantCulture, $"crop@p{index}");

    /// <summary>Inclusive runs [first, last] of frames matching <paramref name="match"/>.</summary>
    public static IReadOnlyList<(long First, long Last)> Ranges(CropPath path, Func<CropWindow, bool> match)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(match);
        var ranges = new List<(long First, long Last)>();
        for (var f = 0; f < path.Frames.Count; f++)
        {
            if (!match(path.Frames[f]))
            {
                continue;
            }

            if (ranges.Count > 0 && ranges[^1].Last == f - 1)
            {
                ranges[^1] = (ranges[^1].First, f);
            }
            else
            {
                ranges.Add((f, f));
            }
        }

        return ranges;
    }

    // Timeline option: nothing when one run covers every frame, else between() terms.
    private static string Enable(IReadOnlyList<(long First, long Last)> ranges, int frameCount) =>
        ranges.Count == 1 && ranges[0].First == 0 && ranges[0].Last == frameCount - 1
            ? string.Empty
            : ":enable='" + string.Join("+", ranges.Select(r => Inv($"between(n,{r.First},{r.Last})"))) + "'";

    private static int IndexOf(IReadOnlyList<(int Width, int Height)> sizes, CropWindow w)
    {
        for (var i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] == (w.Width, w.Height))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A padded window size is missing from the branches.");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
