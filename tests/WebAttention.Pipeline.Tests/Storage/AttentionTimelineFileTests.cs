using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Pipeline.Tests.Storage;

public class AttentionTimelineFileTests
{
    private static async Task WriteStoreAsync(string folder, int frames)
    {
        await using var store = new ChunkedSaliencyStore(folder, new SaliencyStoreHeader(25, "test-model@1", "CPU"), 4);
        for (var f = 0; f < frames; f++)
        {
            // A 4×1 map whose single peak walks right: x = f mod 4.
            var values = new float[4];
            values[f % 4] = 1;
            await store.WriteAsync(new SaliencyMap(f, 4, 1, values), CancellationToken.None);
        }
        await store.CompleteAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_first_request_computes_the_timeline_from_the_maps_and_caches_it_beside_them()
    {
        using var folder = new TempFolder();
        await WriteStoreAsync(folder.Path, frames: 6);

        var timeline = await AttentionTimelineFile.LoadOrComputeAsync(folder.Path, CancellationToken.None);

        Assert.Equal(1, timeline.Step);
        Assert.Equal(6, timeline.Focus.Length);
        Assert.All(timeline.Focus, f => Assert.Equal(1f, f, 4));
        Assert.Equal([0.125f, 0.375f, 0.625f, 0.875f, 0.125f, 0.375f], timeline.CentroidX);
        Assert.True(File.Exists(Path.Combine(folder.Path, AttentionTimelineFile.FileName)));
    }

    [Fact]
    public async Task Later_requests_read_the_cache_instead_of_the_maps()
    {
        using var folder = new TempFolder();
        await WriteStoreAsync(folder.Path, frames: 6);
        await AttentionTimelineFile.LoadOrComputeAsync(folder.Path, CancellationToken.None);
        foreach (var chunk in Directory.GetFiles(folder.Path, "chunk-*.bin"))
        {
            File.Delete(chunk); // computing again would now fail
        }

        var cached = await AttentionTimelineFile.LoadOrComputeAsync(folder.Path, CancellationToken.None);

        Assert.Equal(6, cached.CentroidX.Length);
        Assert.Equal(0.875f, cached.CentroidX[3]);
    }

    [Fact]
    public async Task A_folder_without_an_index_has_no_timeline()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<FileNotFoundException>(() => AttentionTimelineFile.LoadOrComputeAsync(folder.Path, CancellationToken.None));
    }
}
