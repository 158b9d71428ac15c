using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Analysis;

/// <summary>Runs the pipeline over synthetic frames with a brightness predictor.</summary>
internal static class PipelineHarness
{
    public static AnalysisOptions Options(int stride = 1, double smoothing = 1, int batch = 4, int capacity = 8) => new()
    {
        FrameStride = stride,
        SmoothingFactor = smoothing,
        BatchSize = batch,
        ChannelCapacity = capacity,
        ProgressInterval = TimeSpan.Zero,
    };

    public static async Task<(PipelineResult Result, ProbeSink Sink)> RunAsync(
        AnalysisOptions options,
        long frames,
        Func<long, byte> brightness,
        IShotBoundaryDetector? shots = null,
        BrightnessPredictor? predictor = null,
        IProgress<PipelineProgress>? progress = null)
    {
        var source = new FrameSource();
        var sink = new ProbeSink(source);
        var pipeline = new AttentionPipeline(predictor ?? new BrightnessPredictor(), options);
        var result = await pipeline.RunAsync(
            source.Frames(frames, brightness),
            new ClipTiming(30, frames),
            sink,
            shots ?? NoShotBoundaries.Instance,
            progress,
            CancellationToken.None);
        return (result, sink);
    }

    /// <summary>The value every pixel of the map of frame <paramref name="frame"/> has (maps of uniform frames are uniform).</summary>
    public static float ValueAt(this ProbeSink sink, long frame)
    {
        var values = sink.Maps[(int)frame].Values;
        Assert.All(values, v => Assert.Equal(values[0], v));
        return values[0];
    }
}
