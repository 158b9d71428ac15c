using System.Globalization;
using System.Text.Json;
using WebAttention.Core.Media;

namespace WebAttention.Media.Probing;

/// <summary>
/// Pure parser of <c>ffprobe -print_format json -show_format -show_streams</c> output. Lenient: a
/// missing or odd field becomes null/0; only output that is not JSON at all yields null.
/// </summary>
public static class FfprobeJsonParser
{
    /// <summary>Parses <paramref name="json"/>; null when it is not an ffprobe JSON document.</summary>
    public static FfprobeReport? Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
            var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(ParseStream).ToList()
                : [];
            return new FfprobeReport(
                String(format, "format_name"),
                Seconds(format, "duration"),
                streams);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // Text that is not even valid UTF-16 (a lone surrogate) is not JSON either.
            return null;
        }
    }

    /// <summary>Parses an ffprobe rate such as "30000/1001" or "25"; null for "0/0" and junk.</summary>
    public static double? ParseRate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('/');
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator))
        {
            return null;
        }

        var denominator = 1.0;
        if (parts.Length == 2 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out denominator))
        {
            return null;
        }

        if (parts.Length > 2 || denominator <= 0 || numerator <= 0)
        {
            return null;
        }

        // "1e999" parses as infinity: a finite numerator over it gives 0, which is no rate (found by fuzzing).
        var rate = numerator / denominator;
        return double.IsFinite(rate) && rate > 0 ? rate : null;
    }

    private static FfprobeStream ParseStream(JsonElement stream)
    {
        // Non-square pixels are widened to square ones before the rotation applies (the ratio is the stored pixels').
        var sampleAspect = ParseSampleAspect(String(stream, "sample_aspect_ratio"));
        var stored = new FrameSize(Int(stream, "width"), Int(stream, "height"));
        var (width, height) = stored.Width > 0 && stored.Height > 0 ? stored.ToSquarePixels(sampleAspect) : stored;
        // Modulo first: a rotation of int.MinValue has no absolute value (Math.Abs threw OverflowException).
        if (Math.Abs(Rotation(stream) % 180) == 90)
        {
            (width, height) = (height, width);
        }

        var attached = stream.TryGetProperty("disposition", out var disposition)
            && disposition.ValueKind == JsonValueKind.Object
            && Int(disposition, "attached_pic") == 1;
        var frames = long.TryParse(String(stream, "nb_frames"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : (long?)null;
        return new FfprobeStream(
            String(stream, "codec_type"),
            String(stream, "codec_name"),
            width,
            height,
            ParseRate(String(stream, "avg_frame_rate")) ?? ParseRate(String(stream, "r_frame_rate")),
            frames,
            Seconds(stream, "duration"),
            attached)
        {
            SampleAspect = sampleAspect,
        };
    }

    /// <summary>
    /// Parses a sample aspect ratio such as "16:15"; 1 (square) for "0:1" (unknown), "N/A", junk, and ratios outside
    /// 1:10–10:1, which no real source has.
    /// </summary>
    public static double ParseSampleAspect(string? text)
    {
        var ratio = ParseRate(text?.Replace(':', '/'));
        return ratio is { } r && r is >= 0.1 and <= 10 ? r : 1;
    }

    // Phones store rotation as display-matrix side data (newer ffprobe) or a "rotate" tag (older).
    private static int Rotation(JsonElement stream)
    {
        if (stream.TryGetProperty("side_data_list", out var sideData) && sideData.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in sideData.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("rotation", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var degrees))
                {
                    return degrees;
                }
            }
        }

        if (stream.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Object
            && int.TryParse(String(tags, "rotate"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tagged))
        {
            return tagged;
        }

        return 0;
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Number => value.GetRawText(),
                _ => string.Empty,
            }
            : string.Empty;

    private static int Int(JsonElement element, string name) =>
        int.TryParse(String(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static TimeSpan? Seconds(JsonElement element, string name) =>
        double.TryParse(String(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
        && double.IsFinite(seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
