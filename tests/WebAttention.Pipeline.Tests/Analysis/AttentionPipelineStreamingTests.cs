using Xunit.Abstractions;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Analysis;

public class AttentionPipelineStreamingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task A_long_clip_never_has_more_frames_in_flight_than_the_channels_and_batch_hold(int stride)
    {
        var options = PipelineHarness.Options(stride: stride, batch: 4, capacity: 8);
        var source = new FrameSource(width: 2, height: 2);
        var sink = new ProbeSink(source, keepMaps: false);

        var result = await new AttentionPipeline(new BrightnessPredictor(), options).RunAsync(
            source.Frames(5_000, i => (byte)i), new ClipTiming(30, 5_000), sink, NoShotBoundaries.Instance);

        // Documented bound: 2 × capacity + (batch + 1) × gap + temporal window (+2 frames in hand).
        var bound = (2 * options.ChannelCapacity) + ((options.BatchSize + 1) * stride) + 1 + 2;
        Assert.Equal(5_000, result.Frames);
        Assert.Equal(5_000, sink.Written);
        Assert.True(sink.InOrder);
        output.WriteLine($"stride {stride}: at most {sink.MaxInFlight} frames in flight (bound {bound})");
        Assert.InRange(sink.MaxInFlight, 1, bound);
    }

    [Fact]
    public async Task Cancellation_stops_an_endless_clip_promptly_and_disposes_the_source()
    {
        using var cancel = new CancellationTokenSource();
        var options = PipelineHarness.Options(stride: 2);
        var source = new FrameSource();
        var sink = new ProbeSink(source, keepMaps: false) { OnWrite = n => { if (n == 50) cancel.Cancel(); } };
        var pipeline = new AttentionPipeline(new BrightnessPredictor(), options);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(
            source.Frames(count: null, i => (byte)i), new ClipTiming(30, 0), sink, NoShotBoundaries.Instance, cancellationToken: cancel.Token));

        output.WriteLine($"cancelled after 50 maps; the source had yielded {source.Yielded}");
        Assert.True(source.Disposed);
        Assert.False(sink.Completed);
        Assert.InRange(source.Yielded, 50, 50 + (2 * options.ChannelCapacity) + (3 * (options.BatchSize + 1)) + 4);
    }

    [Fact]
    public async Task A_failing_predictor_surfaces_its_own_exception_and_disposes_the_source()
    {
        var source = new FrameSource();
        var sink = new ProbeSink(source);
        var predictor = new BrightnessPredictor { FailWith = new InvalidOperationException("GPU lost") };
        var pipeline = new AttentionPipeline(predictor, PipelineHarness.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(
            source.Frames(1_000, i => 1), new ClipTiming(30, 1_000), sink, NoShotBoundaries.Instance));

        Assert.Equal("GPU lost", error.Message);
        Assert.True(source.Disposed);
        Assert.False(sink.Completed);
    }

    [Fact]
    public async Task A_predictor_that_skips_a_frame_is_reported_clearly()
    {
        var predictor = new BrightnessPredictor();
        predictor.Skip.Add(2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PipelineHarness.RunAsync(PipelineHarness.Options(), 10, i => 1, predictor: predictor));

        Assert.Contains("frame 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frames_with_a_gap_in_their_indices_are_rejected()
    {
        var source = new FrameSource();
        var pipeline = new AttentionPipeline(new BrightnessPredictor(), PipelineHarness.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(
            Gappy(source), new ClipTiming(30, 3), new ProbeSink(source), NoShotBoundaries.Instance));

        Assert.Contains("consecutive", error.Message, StringComparison.Ordinal);

        static async IAsyncEnumerable<VideoFrame> Gappy(FrameSource source)
        {
            await Task.Yield();
            yield return source.Frame(0, 1);
            yield return source.Frame(2, 1);
        }
    }

    [Fact]
    public async Task The_default_cut_detector_finds_a_hard_cut_between_two_colours()
    {
        var source = new FrameSource();
        var sink = new ProbeSink(source);
        var pipeline = new AttentionPipeline(new BrightnessPredictor(), PipelineHarness.Options(stride: 5));

        var result = await pipeline.RunAsync(Frames(), new ClipTiming(30, 40), sink);

        Assert.Equal([20L], result.ShotCuts);
        Assert.Equal(40, sink.Written);

        async IAsyncEnumerable<VideoFrame> Frames()
        {
            await Task.Yield();
            for (var i = 0; i < 40; i++)
            {
                yield return i < 20 ? source.Frame(i, 200, 30, 30) : source.Frame(i, 20, 40, 220);
            }
        }
    }

    [Fact]
    public void Invalid_options_are_rejected_when_the_pipeline_is_built()
    {
        var options = PipelineHarness.Options();
        options.BatchSize = 0;

        var error = Assert.Throws<ArgumentException>(() => new AttentionPipeline(new BrightnessPredictor(), options));

        Assert.Contains(nameof(AnalysisOptions.BatchSize), error.Message, StringComparison.Ordinal);
    }
}
