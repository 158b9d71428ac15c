using System.Text;
using CsCheck;
using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Reframing.Export;
using WebAttention.Reframing.Model;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// croppath.*.json (read back by exports, the studio and re-solves) and its two writers, CSV and CMX3600 EDL: the reader
/// answers a path or <see cref="InvalidDataException"/>; a path it accepts is one both writers can write.
/// </summary>
public sealed class CropPathFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Keys =
        ["version", "aspect", "sourceWidth", "sourceHeight", "frameRate", "preset", "weights", "padding", "paddingColor", "zoom", "shots",
         "index", "firstFrame", "frameCount", "mode", "windowWidth", "windowHeight", "padded", "keyframes", "frame", "centerX", "centerY",
         "frames", "x", "y", "width", "height", "focus", "weight", "required", "9:16", "Steady", "Track", "Sweep", "Blur"];

    /// <summary>A consistent path: shots tiling the frames, windows inside the source, a focus per frame, keyframes inside shots.</summary>
    internal static Gen<CropPath> ValidPath { get; } =
        Gen.Select(Gen.Int[16, 4096], Gen.Int[16, 4096], Gen.OneOf(23.976, 25.0, 30000.0 / 1001, 30.0, 60.0, 12.5), Gen.Int[1, 40], Gen.Int[0, int.MaxValue])
            .Select((w, h, fps, frames, seed) => Build(w, h, fps, frames, new Random(seed)));

    [Fact]
    public void Any_bytes_give_a_path_or_InvalidDataException() =>
        Fuzz.Run(output, "crop path JSON", "any bytes", JsonFuzz.Bytes, b => ReadAndWrite(b), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void JSON_token_soup_gives_a_path_or_InvalidDataException() =>
        Fuzz.Run(output, "crop path JSON", "token soup", JsonFuzz.Tokens(Keys), t => ReadAndWrite(Encoding.UTF8.GetBytes(t)), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Mutated_paths_give_a_path_the_writers_can_write_or_InvalidDataException()
    {
        var seeds = Enumerable.Range(0, 4).Select(i => Encoding.UTF8.GetString(CropPathJson.Serialize(Build(640 + i, 360, 25, 3 + i, new Random(i))))).ToArray();
        Fuzz.Run(output, "crop path JSON", "mutated documents", JsonFuzz.Mutated(seeds), t => ReadAndWrite(Encoding.UTF8.GetBytes(t)), Fuzz.Show, typeof(InvalidDataException));
    }

    [Fact]
    public void Write_then_read_gives_the_same_path_and_both_writers_cover_every_frame_and_shot()
    {
        Fuzz.Run(output, "crop path JSON + CSV + EDL", "round trip of valid paths", ValidPath, path =>
        {
            var json = CropPathJson.Serialize(path);
            var back = CropPathJson.Deserialize(json);
            Assert.Equal(json, CropPathJson.Serialize(back));
            Assert.Equal(path.Frames, back.Frames);

            var rows = CropPathCsv.Write(back).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(CropPathCsv.Header, rows[0]);
            Assert.Equal(path.FrameCount + 1, rows.Length);
            for (var i = 0; i < path.FrameCount; i++)
            {
                var cells = rows[i + 1].Split(',');
                var w = path.Frames[i];
                Assert.Equal($"{i},{w.X},{w.Y},{w.Width},{w.Height},{(w.Padded ? 1 : 0)}", string.Join(',', cells.Where((_, c) => c != 1)));
            }

            var events = Cmx3600Edl.Write(back).Split("\r\n").Count(line => line.Length > 3 && char.IsAsciiDigit(line[0]) && line[3] == ' ');
            Assert.Equal(path.Shots.Count, events);
        }, p => Encoding.UTF8.GetString(CropPathJson.Serialize(p)));
    }

    // Regression (mutated documents): a null shot made the reader's check throw NullReferenceException.
    [Fact]
    public void A_null_shot_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize(Encoding.UTF8.GetBytes(Mutate(0, """{"shots":[null]}"""))));

    // Regression (mutated documents): a null keyframe passed the reader and made the EDL writer throw NullReferenceException.
    [Fact]
    public void A_null_keyframe_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize(Encoding.UTF8.GetBytes(Mutate(0, """{"keyframes":[null]}"""))));

    // Regression (mutated documents): a frame rate above 1000 fps passed the reader and made the EDL writer throw ArgumentOutOfRangeException.
    [Fact]
    public void A_frame_rate_no_timecode_can_count_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => CropPathJson.Deserialize(Encoding.UTF8.GetBytes(Mutate(0, """{"frameRate":1e308}"""))));

    /// <summary>Parses, then writes the result both ways: a path the reader accepts must be one the writers handle.</summary>
    private static void ReadAndWrite(byte[] utf8)
    {
        var path = CropPathJson.Deserialize(utf8);
        CropPathCsv.Write(path);
        try
        {
            Cmx3600Edl.Write(path);
        }
        catch (NotSupportedException)
        {
            // Documented: more than 999 shots do not fit CMX3600's event numbers.
        }
    }

    /// <summary>A valid path's JSON with the top-level fields of <paramref name="patch"/> put over it.</summary>
    private static string Mutate(int seed, string patch)
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(CropPathJson.Serialize(Build(640, 360, 25, 4, new Random(seed))))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(patch)!.AsObject().ToList())
        {
            doc[key] = value?.DeepClone();
        }

        return doc.ToJsonString();
    }

    private static CropPath Build(int width, int height, double fps, int frames, Random random)
    {
        var aspect = new AspectRatio(random.Next(1, 22), random.Next(1, 22));
        var cuts = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(1, Math.Max(2, frames))).Where(c => c < frames).Distinct().Order().ToList();
        var starts = new[] { 0 }.Concat(cuts).ToList();
        var shots = starts.Select((first, i) =>
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : frames;
            var ww = random.Next(1, width + 1);
            var wh = random.Next(1, height + 1);
            return new ShotPlan(i, first, end - first, (CameraMode)random.Next(0, 3), ww, wh, random.Next(4) == 0);
        }).ToList();
        var windows = Enumerable.Range(0, frames).Select(t =>
        {
            var shot = shots.Last(s => s.FirstFrame <= t);
            return new CropWindow(random.Next(0, width - shot.WindowWidth + 1), random.Next(0, height - shot.WindowHeight + 1), shot.WindowWidth, shot.WindowHeight, shot.Padded);
        }).ToList();
        var focus = Enumerable.Range(0, frames).Select(t => new FrameFocus(
            t, random.NextDouble() * width, random.NextDouble() * height, random.NextDouble(),
            random.Next(3) == 0 ? new PixelRect(1, 2, 3, 4) : null)).ToList();
        var keyframes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => (long)random.Next(0, frames)).Distinct().Order()
            .Select(f => new CropKeyframe(f, random.NextDouble() * width, random.NextDouble() * height)).ToList();
        var preset = (MotionPreset)random.Next(0, 3);
        return new CropPath
        {
            Aspect = aspect,
            SourceWidth = width,
            SourceHeight = height,
            FrameRate = fps,
            Preset = preset,
            Weights = PathWeights.For(preset),
            Padding = random.Next(2) == 0 ? PaddingStyle.Blur : PaddingStyle.Solid,
            Shots = shots,
            Keyframes = keyframes,
            Frames = windows,
            Focus = focus,
        };
    }
}
