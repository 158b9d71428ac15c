using Microsoft.Extensions.Logging.Abstractions;
using WebAttention.Core.Media;
using WebAttention.Inference.Models;
using WebAttention.Inference.Prediction;
using WebAttention.Inference.Sessions;
using WebAttention.Inference.Tests.Support;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Inference.Tests.Prediction;

/// <summary>
/// Clip models (temporal window T &gt; 1) loaded through the registry and run by the pipeline: the
/// window-mean model's map says which frames were in each window (frame brightness = frame index).
/// </summary>
public sealed class ClipModelTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData(4, 1, 3, 20)] // batches of 3 with 3 frames of context
    [InlineData(4, 1, 1, 9)] // one frame a batch: the context grows during the first calls
    [InlineData(3, 1, 8, 20)] // batch larger than the window
    [InlineData(5, 2, 2, 30)] // every second frame analysed: windows hold analysed frames only
    [InlineData(1, 1, 4, 10)] // clip layout with a window of 1
    public async Task Every_analysed_map_comes_from_the_window_of_T_analysed_frames_ending_at_it(int window, int stride, int batch, int frames)
    {
        ClipModels.WriteFolder(_root.Path, "window-mean", window);
        using var factory = Factory("window-mean");
        using var predictor = await factory.CreateAsync("window-mean", CancellationToken.None);
        var options = new AnalysisOptions { FrameStride = stride, BatchSize = batch, SmoothingFactor = 1, ProgressInterval = TimeSpan.Zero };
        var sink = new InMemorySaliencySink();

        await new AttentionPipeline(predictor, options).RunAsync(
            Frames(frames), new ClipTiming(25, frames), sink, new NoCuts(), null, CancellationToken.None);

        Assert.Equal(window, predictor.TemporalWindow);
        Assert.Equal(frames, sink.Maps.Count);
        var analysed = Enumerable.Range(0, frames).Where(i => i % stride == 0).ToList();
        for (var k = 0; k < analysed.Count; k++)
        {
            // Oldest first; before the clip's first frame the window repeats it.
            var expected = Enumerable.Range(k - window + 1, window).Select(j => analysed[Math.Max(0, j)]).Average() / 255;
            var map = sink.Maps[analysed[k]];
            Assert.Equal(analysed[k], map.FrameIndex);
            Assert.Equal((2, 1), (map.Width, map.Height));
            Assert.True(Math.Abs(expected - map.Values[0]) < 1e-4, $"frame {analysed[k]}: expected {expected * 255:F3}, got {map.Values[0] * 255:F3}");
        }
    }

    [Fact]
    public async Task Context_frames_in_front_of_a_later_batch_get_no_map()
    {
        ClipModels.WriteFolder(_root.Path, "window-mean", 3);
        using var factory = Factory("window-mean");
        using var predictor = await factory.CreateAsync("window-mean", CancellationToken.None);
        var frames = await ToListAsync(Frames(8));

        var maps = await predictor.PredictAsync(frames.GetRange(3, 5), CancellationToken.None);

        Assert.Equal([5L, 6, 7], maps.Select(m => m.FrameIndex));
        Assert.Equal((3 + 4 + 5) / 3.0 / 255, maps[0].Values[0], 5);
    }

    [Fact]
    public async Task Fewer_frames_than_the_window_are_padded_with_the_first()
    {
        ClipModels.WriteFolder(_root.Path, "window-mean", 4);
        using var factory = Factory("window-mean");
        using var predictor = await factory.CreateAsync("window-mean", CancellationToken.None);
        var frames = await ToListAsync(Frames(12));

        var maps = await predictor.PredictAsync(frames.GetRange(10, 2), CancellationToken.None);

        Assert.Equal([10L, 11], maps.Select(m => m.FrameIndex));
        Assert.Equal(10 / 255.0, maps[0].Values[0], 5);
        Assert.Equal((10 + 10 + 10 + 11) / 4.0 / 255, maps[1].Values[0], 5);
    }

    [Fact]
    public async Task Frames_out_of_order_are_refused_for_a_clip_model()
    {
        ClipModels.WriteFolder(_root.Path, "window-mean", 2);
        using var factory = Factory("window-mean");
        using var predictor = await factory.CreateAsync("window-mean", CancellationToken.None);
        var frames = await ToListAsync(Frames(3));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => predictor.PredictAsync([frames[1], frames[0]], CancellationToken.None));

        Assert.Contains("increasing index order", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ModelLayouts.NthwcUint8Rgb, 65, "must be 1 to 64")]
    [InlineData(ModelLayouts.NthwcUint8Rgb, 0, "temporalWindow")]
    [InlineData(ModelLayouts.NhwcUint8Rgb, 4, "image models (window 1)")]
    [InlineData("NCTHW float32", 4, "is not supported")]
    public async Task The_registry_refuses_a_window_that_does_not_fit_the_layout(string layout, int window, string message)
    {
        var bytes = ClipModels.WindowMean(Math.Max(1, window));
        var folder = Path.Combine(_root.Path, "bad-window");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ModelManifest.ModelFileName), bytes);
        var manifest = ClipModels.Manifest("bad-window", window, bytes) with { Input = new ModelInputSpec("frames", layout, 16, 32) };
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), ManifestWriter.ToJson(manifest));

        var error = await Assert.ThrowsAsync<InvalidModelException>(
            () => TestOptions.Registry(_root.Path, "bad-window").LoadAsync("bad-window", CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_loads_a_clip_model_with_its_window()
    {
        ClipModels.WriteFolder(_root.Path, "window-mean", 16);

        var loaded = await TestOptions.Registry(_root.Path, "window-mean").LoadAsync("window-mean", CancellationToken.None);

        Assert.Equal((ModelLayouts.NthwcUint8Rgb, 16), (loaded.Manifest.Input.Layout, loaded.Manifest.TemporalWindow));
    }

    private PredictorFactory Factory(string model)
    {
        var options = TestOptions.For(InferenceDevice.Cpu, _root.Path, model);
        var registry = new ModelRegistry(options, NullLogger<ModelRegistry>.Instance);
        return new PredictorFactory(registry, TestOptions.Sessions(InferenceDevice.Cpu), options, NullLogger<PredictorFactory>.Instance);
    }

    // Frames whose every byte is their index.
    private static async IAsyncEnumerable<VideoFrame> Frames(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var rgb = new byte[ClipModels.Width * ClipModels.Height * 3];
            Array.Fill(rgb, (byte)i);
            yield return new VideoFrame(i, TimeSpan.FromSeconds(i / 25.0), new FrameSize(ClipModels.Width, ClipModels.Height), rgb);
            await Task.Yield();
        }
    }

    private static async Task<List<VideoFrame>> ToListAsync(IAsyncEnumerable<VideoFrame> frames)
    {
        var list = new List<VideoFrame>();
        await foreach (var frame in frames)
        {
            list.Add(frame);
        }

        return list;
    }

    // The whole clip is one shot: the test is about the model's window, not cuts.
    private sealed class NoCuts : IShotBoundaryDetector
    {
        public bool IsCut(VideoFrame frame) => false;
    }
}
