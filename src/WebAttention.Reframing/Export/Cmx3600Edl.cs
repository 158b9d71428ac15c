using System.Globalization;
using System.Text;
using WebAttention.Reframing.Model;

namespace WebAttention.Reframing.Export;

/// <summary>
/// Writes a crop path as a CMX3600 edit decision list: one video cut event per shot (the universal
/// interchange every NLE imports — Premiere, Resolve, Avid, Final Cut via converters), followed by
/// comment lines that carry the reframe decision of that shot (aspect, camera mode, window, centre at
/// the event's in and out, keyframes). Per-frame positions travel in the JSON and CSV.
/// <para>Event line layout (76 columns, fixed widths, space separated):
/// <c>NNN␣␣RRRRRRRR␣CCCCC␣TTTT␣DDD␣SRC-IN␣␣␣␣␣SRC-OUT␣␣␣␣REC-IN␣␣␣␣␣REC-OUT</c> — event number (3 digits,
/// 001–999), reel (8, left-aligned), channel (5, <c>V</c>), transition (4, <c>C</c> = cut), transition
/// duration (3, blank for cuts), four 11-character timecodes; out points are exclusive.</para>
/// <para>Header: <c>TITLE: …</c> and <c>FCM: NON-DROP FRAME</c> or <c>FCM: DROP FRAME</c>; a blank line;
/// CRLF line ends.</para>
/// </summary>
public static class Cmx3600Edl
{
    /// <summary>Most events a CMX3600 list can number.</summary>
    public const int MaxEvents = 999;

    /// <summary>Writes the list.</summary>
    /// <exception cref="NotSupportedException">The path has more than 999 shots.</exception>
    public static string Write(CropPath path, EdlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new EdlOptions();
        if (path.Shots.Count > MaxEvents)
        {
            throw new NotSupportedException($"CMX3600 numbers at most {MaxEvents} events; this path has {path.Shots.Count} shots.");
        }

        var reel = CleanReel(options.Reel);
        var fps = path.FrameRate;
        var text = new StringBuilder();
        Line(text, "TITLE: " + Printable(options.Title, 70));
        Line(text, Timecode.IsDropFrame(fps) ? "FCM: DROP FRAME" : "FCM: NON-DROP FRAME");
        Line(text, string.Empty);
        var event_ = 0;
        foreach (var shot in path.Shots)
        {
            event_++;
            var recIn = options.RecordStartFrame + shot.FirstFrame;
            Line(text, string.Create(
                CultureInfo.InvariantCulture,
                $"{event_:000}  {reel,-8} {"V",-5} {"C",-4} {string.Empty,3} {Timecode.Format(shot.FirstFrame, fps)} {Timecode.Format(shot.EndFrame, fps)} {Timecode.Format(recIn, fps)} {Timecode.Format(recIn + shot.FrameCount, fps)}"));
            Line(text, "* FROM CLIP NAME: " + Printable(options.ClipName, 120));
            var first = path.Frames[(int)shot.FirstFrame];
            var last = path.Frames[(int)shot.EndFrame - 1];
            Line(text, string.Create(
                CultureInfo.InvariantCulture,
                $"* REFRAME: ASPECT {path.Aspect} MODE {shot.Mode.ToString().ToUpperInvariant()} WINDOW {shot.WindowWidth}X{shot.WindowHeight} PAD {(shot.Padded ? path.Padding.ToString().ToUpperInvariant() : "NONE")}"));
            Line(text, string.Create(
                CultureInfo.InvariantCulture,
                $"* REFRAME CENTER IN {first.CenterX:0.#},{first.CenterY:0.#} OUT {last.CenterX:0.#},{last.CenterY:0.#} OF {path.SourceWidth}X{path.SourceHeight}"));
            foreach (var k in path.Keyframes.Where(k => shot.FirstFrame <= k.Frame && k.Frame < shot.EndFrame))
            {
                Line(text, string.Create(CultureInfo.InvariantCulture, $"* REFRAME KEYFRAME {Timecode.Format(k.Frame, fps)} CENTER {k.CenterX:0.#},{k.CenterY:0.#}"));
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append("\r\n");

    private static string CleanReel(string reel)
    {
        var clean = new string((reel ?? string.Empty).ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(8).ToArray());
        return clean.Length == 0 ? "AX" : clean;
    }

    private static string Printable(string text, int max)
    {
        var clean = new string((text ?? string.Empty).Select(c => c is >= ' ' and <= '~' ? c : '_').Take(max).ToArray());
        return clean.Trim();
    }
}
