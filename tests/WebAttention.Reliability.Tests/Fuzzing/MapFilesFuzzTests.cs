using System.Text;
using CsCheck;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Fuzzing;

/// <summary>
/// The map store's manifests, read on every map request and every reframe: <c>index.json</c> (<see cref="SaliencyIndexJson"/>)
/// and <c>shots.json</c> (<see cref="ShotListFile"/>). Each answers a checked value or <see cref="InvalidDataException"/>.
/// </summary>
public sealed class MapFilesFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] IndexKeys = ["version", "width", "height", "frameCount", "frameRate", "chunkFrames", "model", "device", "chunks", "number", "firstFrame", "file"];

    private static readonly string[] ShotKeys = ["version", "frameCount", "cuts"];

    /// <summary>A consistent index: chunks of chunkFrames tiling frameCount frames.</summary>
    internal static Gen<SaliencyIndex> ValidIndex { get; } =
        Gen.Select(Gen.Int[0, 512], Gen.Int[0, 512], Gen.Long[0, 5000], Gen.Double[0.5, 240], Gen.Int[1, 300], Gen.String[0, 20])
            .Select((w, h, frames, fps, chunkFrames, model) => Index(w, h, frames, fps, chunkFrames, model));

    /// <summary>A consistent shot list: ascending cuts inside the clip.</summary>
    internal static Gen<ShotList> ValidShots { get; } =
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[1, 1_000_000].Array[0, 20], (frames, cuts) => ShotList.From(cuts, frames));

    [Fact]
    public void Index_any_bytes_give_an_index_or_InvalidDataException() =>
        Fuzz.Run(output, "saliency index.json", "any bytes", JsonFuzz.Bytes, b => SaliencyIndexJson.Deserialize(b), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Index_token_soup_gives_an_index_or_InvalidDataException() =>
        Fuzz.Run(output, "saliency index.json", "token soup", JsonFuzz.Tokens(IndexKeys), t => SaliencyIndexJson.Deserialize(Encoding.UTF8.GetBytes(t)), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Index_mutated_documents_give_an_index_or_InvalidDataException()
    {
        string[] seeds = [Json(Index(48, 27, 250, 25, 100, "resnet18-readout-v1")), Json(Index(24, 14, 7, 30000.0 / 1001, 3, "m"))];
        Fuzz.Run(output, "saliency index.json", "mutated documents", JsonFuzz.Mutated(seeds), t =>
        {
            var index = SaliencyIndexJson.Deserialize(Encoding.UTF8.GetBytes(t));
            // What readers do with an accepted index: find the chunk of its last frame.
            _ = index.FrameCount > 0 ? index.ChunkOf(index.FrameCount - 1) : 0;
        }, Fuzz.Show, typeof(InvalidDataException));
    }

    [Fact]
    public void Index_write_then_read_is_the_same_index() =>
        Fuzz.Run(output, "saliency index.json", "round trip of valid indexes", ValidIndex, index =>
        {
            var json = SaliencyIndexJson.Serialize(index);
            var back = SaliencyIndexJson.Deserialize(json);
            Assert.Equal(index.Chunks, back.Chunks);
            Assert.Equal(index with { Chunks = back.Chunks }, back);
        }, Json);

    [Fact]
    public void Shots_any_bytes_give_a_list_or_InvalidDataException() =>
        Fuzz.Run(output, "shots.json", "any bytes", JsonFuzz.Bytes, b => ShotListFile.Parse(b), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Shots_token_soup_gives_a_list_or_InvalidDataException() =>
        Fuzz.Run(output, "shots.json", "token soup", JsonFuzz.Tokens(ShotKeys), t => ShotListFile.Parse(Encoding.UTF8.GetBytes(t)), Fuzz.Show, typeof(InvalidDataException));

    [Fact]
    public void Shots_mutated_documents_give_shots_or_InvalidDataException() =>
        Fuzz.Run(output, "shots.json", "mutated documents", JsonFuzz.Mutated("""{"version":1,"frameCount":150,"cuts":[50,100]}""", """{"version":1,"frameCount":3,"cuts":[]}"""), t =>
        {
            var shots = ShotListFile.Parse(Encoding.UTF8.GetBytes(t));
            // What reframing does with an accepted list.
            shots.ToShots(Math.Min(shots.FrameCount, 100_000));
        }, Fuzz.Show, typeof(InvalidDataException));

    // Regression (mutated documents, shrunk): a negative frame count passed the reader and made ToShots throw ArgumentOutOfRangeException.
    [Fact]
    public void A_negative_shot_frame_count_is_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => ShotListFile.Parse("""{"version":1,"frameCount":"-1","cuts":[]}"""u8));

    [Fact]
    public void Shots_write_then_read_is_the_same_list()
    {
        var folder = Fuzz.TempFolder("fuzz-shots-");
        try
        {
            // Through the real writer and reader (staged file, then moved), one file per case.
            Fuzz.Run(output, "shots.json", "round trip of valid lists", ValidShots, shots =>
            {
                ShotListFile.WriteAsync(folder, shots, CancellationToken.None).GetAwaiter().GetResult();
                var back = ShotListFile.TryReadAsync(folder, CancellationToken.None).GetAwaiter().GetResult()!;
                Assert.Equal(shots.FrameCount, back.FrameCount);
                Assert.Equal(shots.Cuts, back.Cuts);
            }, s => $"{s.FrameCount}: {string.Join(",", s.Cuts)}");
            Assert.Equal([ShotListFile.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Json(SaliencyIndex index) => Encoding.UTF8.GetString(SaliencyIndexJson.Serialize(index));

    private static SaliencyIndex Index(int width, int height, long frames, double fps, int chunkFrames, string model)
    {
        var chunks = new List<SaliencyChunk>();
        for (long first = 0; first < frames; first += chunkFrames)
        {
            var n = (int)Math.Min(chunkFrames, frames - first);
            chunks.Add(new SaliencyChunk((int)(first / chunkFrames), first, n, $"maps-{first / chunkFrames:00000}.bin"));
        }

        return new SaliencyIndex(SaliencyIndex.CurrentVersion, width, height, frames, fps, chunkFrames, model, "cpu", chunks);
    }
}
