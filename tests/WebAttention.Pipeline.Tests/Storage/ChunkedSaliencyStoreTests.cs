using System.Text.Json;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Pipeline.Tests.Storage;

public class ChunkedSaliencyStoreTests
{
    private const int Width = 3;
    private const int Height = 2;
    private static readonly SaliencyStoreHeader Header = new(25, "test-model@2", "CPU");

    // Frame f's pixel j is (f × 7 + j × 13) mod 255, except pixel 0, the peak, which is 255: quantising keeps the bytes.
    private static byte[] ExpectedBytes(long frame) =>
        [.. Enumerable.Range(0, Width * Height).Select(j => j == 0 ? (byte)255 : (byte)(((frame * 7) + (j * 13)) % 255))];

    private static SaliencyMap Map(long frame) =>
        new(frame, Width, Height, [.. ExpectedBytes(frame).Select(b => (float)b)]);

    private static async Task<SaliencyIndex> WriteAsync(string folder, int frames, int chunkFrames)
    {
        await using var store = new ChunkedSaliencyStore(folder, Header, chunkFrames);
        for (var f = 0; f < frames; f++)
        {
            await store.WriteAsync(Map(f), CancellationToken.None);
        }

        await store.CompleteAsync(CancellationToken.None);
        return store.Index!;
    }

    [Fact]
    public async Task Any_frame_range_reads_back_across_chunk_boundaries()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder.Path, frames: 10, chunkFrames: 4);
        var reader = await ChunkedSaliencyReader.OpenAsync(folder.Path, CancellationToken.None);

        for (var from = 0; from <= 10; from++)
        {
            for (var count = 0; from + count <= 10; count++)
            {
                var expected = Enumerable.Range(from, count).SelectMany(f => ExpectedBytes(f)).ToArray();
                Assert.Equal(expected, await reader.ReadFramesAsync(from, count, CancellationToken.None));
            }
        }
    }

    [Fact]
    public async Task Chunks_hold_chunk_frames_each_with_a_short_last_one()
    {
        using var folder = new TempFolder();

        var index = await WriteAsync(folder.Path, frames: 10, chunkFrames: 4);

        Assert.Equal(
            [new SaliencyChunk(0, 0, 4, "chunk-00000.bin"), new SaliencyChunk(1, 4, 4, "chunk-00001.bin"), new SaliencyChunk(2, 8, 2, "chunk-00002.bin")],
            index.Chunks);
        Assert.Equal([4L * 6, 4 * 6, 2 * 6], index.Chunks.Select(c => new FileInfo(Path.Combine(folder.Path, c.File)).Length));
        Assert.Equal((SaliencyIndex.CurrentVersion, Width, Height, 10L, 25.0, 4, "test-model@2", "CPU"),
            (index.Version, index.Width, index.Height, index.FrameCount, index.FrameRate, index.ChunkFrames, index.Model, index.Device));
    }

    [Fact]
    public async Task The_index_json_has_the_camel_case_schema_of_the_core_record()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder.Path, frames: 5, chunkFrames: 4);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder.Path, "index.json")));
        var root = json.RootElement;

        Assert.Equal(
            ["version", "width", "height", "frameCount", "frameRate", "chunkFrames", "model", "device", "chunks"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["number", "firstFrame", "frameCount", "file"], root.GetProperty("chunks")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(5, root.GetProperty("frameCount").GetInt64());
        Assert.Equal("chunk-00001.bin", root.GetProperty("chunks")[1].GetProperty("file").GetString());
        Assert.Equal(1, root.GetProperty("chunks")[1].GetProperty("frameCount").GetInt32());
    }

    [Fact]
    public async Task The_index_appears_only_on_completion_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        await using (var store = new ChunkedSaliencyStore(folder.Path, Header, chunkFrames: 2))
        {
            await store.WriteAsync(Map(0), CancellationToken.None);
            await store.WriteAsync(Map(1), CancellationToken.None);
            Assert.False(File.Exists(Path.Combine(folder.Path, "index.json")));

            await store.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal(["chunk-00000.bin", "index.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Maps_out_of_order_or_of_another_size_are_rejected()
    {
        using var folder = new TempFolder();
        await using var store = new ChunkedSaliencyStore(folder.Path, Header);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(Map(1), CancellationToken.None).AsTask());
        await store.WriteAsync(Map(0), CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync(new SaliencyMap(1, 2, 2, new float[4]), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task A_range_outside_the_clip_is_rejected()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder.Path, frames: 3, chunkFrames: 2);
        var reader = await ChunkedSaliencyReader.OpenAsync(folder.Path, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.ReadFramesAsync(2, 2, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.ReadFramesAsync(-1, 1, CancellationToken.None));
    }

    [Fact]
    public async Task An_index_pointing_outside_its_folder_is_refused()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder.Path, frames: 2, chunkFrames: 2);
        var indexPath = Path.Combine(folder.Path, "index.json");
        var json = (await File.ReadAllTextAsync(indexPath)).Replace("chunk-00000.bin", "../secret.bin", StringComparison.Ordinal);
        await File.WriteAllTextAsync(indexPath, json);
        var reader = await ChunkedSaliencyReader.OpenAsync(folder.Path, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadFramesAsync(0, 1, CancellationToken.None));
    }

    [Fact]
    public async Task An_index_whose_chunks_do_not_tile_the_frames_is_refused()
    {
        using var folder = new TempFolder();
        await WriteAsync(folder.Path, frames: 4, chunkFrames: 2);
        var indexPath = Path.Combine(folder.Path, "index.json");
        var json = (await File.ReadAllTextAsync(indexPath)).Replace("\"frameCount\": 4,", "\"frameCount\": 5,", StringComparison.Ordinal);
        await File.WriteAllTextAsync(indexPath, json);

        await Assert.ThrowsAsync<InvalidDataException>(() => ChunkedSaliencyReader.OpenAsync(folder.Path, CancellationToken.None));
    }
}
