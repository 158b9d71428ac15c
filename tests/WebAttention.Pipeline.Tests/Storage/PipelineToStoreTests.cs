using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Storage;

public class PipelineToStoreTests
{
    [Fact]
    public async Task A_clip_analysed_into_the_store_reads_back_one_map_per_frame()
    {
        using var folder = new TempFolder();
        var source = new FrameSource(4, 3);
        var predictor = new BrightnessPredictor();
        var options = new AnalysisOptions { FrameStride = 4, SmoothingFactor = 1, BatchSize = 2, ChannelCapacity = 4 };
        await using (var store = new ChunkedSaliencyStore(folder.Path, new SaliencyStoreHeader(30, predictor.ModelName, predictor.Device), chunkFrames: 8))
        {
            await new AttentionPipeline(predictor, options).RunAsync(
                source.Frames(21, i => (byte)(10 + i)), new ClipTiming(30, 21), store, NoShotBoundaries.Instance);
        }

        var reader = await ChunkedSaliencyReader.OpenAsync(folder.Path, CancellationToken.None);
        var bytes = await reader.ReadFramesAsync(6, 4, CancellationToken.None);

        Assert.Equal((21L, 4, 3, 3, "brightness@1"), (reader.Index.FrameCount, reader.Index.Width, reader.Index.Height, reader.Index.Chunks.Count, reader.Index.Model));
        // Uniform maps: every pixel is the frame's peak.
        Assert.All(bytes, b => Assert.Equal(255, b));
        Assert.Equal(48, bytes.Length);
    }
}
