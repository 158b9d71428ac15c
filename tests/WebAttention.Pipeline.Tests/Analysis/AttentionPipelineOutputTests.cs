using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Fakes;

namespace WebAttention.Pipeline.Tests.Analysis;

public class AttentionPipelineOutputTests
{
    [Fact]
    public async Task Emits_one_map_per_frame_in_order_and_completes_the_sink()
    {
        var (result, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 3), 100, i => (byte)i);

        Assert.Equal(100, result.Frames);
        Assert.Equal(34, result.AnalysedFrames);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), sink.Maps.Select(m => m.FrameIndex));
        Assert.True(sink.InOrder);
        Assert.True(sink.Completed);
        Assert.All(sink.Maps, m => Assert.Equal((4, 3), (m.Width, m.Height)));
    }

    [Fact]
    public async Task Frames_between_analysed_ones_are_linear_blends_exact_at_the_midpoint()
    {
        // Only frames 0, 4, 8 are analysed; the others are bright but must be ignored.
        static byte Brightness(long i) => i switch { 0 => 0, 4 => 100, 8 => 200, _ => 255 };

        var (_, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 4), 9, Brightness);

        Assert.Equal([0f, 25f, 50f, 75f, 100f, 125f, 150f, 175f, 200f], Enumerable.Range(0, 9).Select(i => sink.ValueAt(i)));
    }

    [Fact]
    public async Task Frames_after_the_last_analysed_frame_repeat_its_map()
    {
        var (_, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 4), 11, i => (byte)(i * 10));

        Assert.Equal(11, sink.Maps.Count);
        Assert.Equal(80f, sink.ValueAt(8));
        Assert.Equal(80f, sink.ValueAt(9));
        Assert.Equal(80f, sink.ValueAt(10));
    }

    [Fact]
    public async Task Smoothing_averages_within_a_shot_and_restarts_at_a_cut()
    {
        static byte Brightness(long i) => i < 6 ? (byte)100 : (byte)0;
        var options = PipelineHarness.Options(smoothing: 0.5);

        var (_, withoutCut) = await PipelineHarness.RunAsync(options, 8, Brightness);
        var (result, withCut) = await PipelineHarness.RunAsync(options, 8, Brightness, new KnownShotBoundaries([6]));

        Assert.Equal(100f, withoutCut.ValueAt(5));
        Assert.Equal(50f, withoutCut.ValueAt(6));
        Assert.Equal(25f, withoutCut.ValueAt(7));
        Assert.Equal(0f, withCut.ValueAt(6));
        Assert.Equal(0f, withCut.ValueAt(7));
        Assert.Equal([6L], result.ShotCuts);
    }

    [Fact]
    public async Task Interpolation_holds_each_shot_on_its_side_of_a_cut()
    {
        var options = PipelineHarness.Options(stride: 4);
        options.AnalyseShotStarts = false;

        var (result, sink) = await PipelineHarness.RunAsync(options, 9, i => (byte)(i * 10), new KnownShotBoundaries([6]));

        Assert.Equal(3, result.AnalysedFrames);
        Assert.Equal(40f, sink.ValueAt(5));
        Assert.Equal(80f, sink.ValueAt(6));
        Assert.Equal(80f, sink.ValueAt(7));
    }

    [Fact]
    public async Task The_first_frame_of_a_shot_is_analysed_when_asked()
    {
        var (result, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 4), 9, i => (byte)(i * 10), new KnownShotBoundaries([6]));

        Assert.Equal(4, result.AnalysedFrames);
        Assert.Equal(40f, sink.ValueAt(5));
        Assert.Equal(60f, sink.ValueAt(6));
        Assert.Equal(70f, sink.ValueAt(7));
    }

    [Fact]
    public async Task A_target_rate_thins_a_30_fps_clip_to_5_fps()
    {
        var options = PipelineHarness.Options(stride: 0);
        options.TargetFramesPerSecond = 5;

        var (result, sink) = await PipelineHarness.RunAsync(options, 60, i => (byte)i);

        Assert.Equal(10, result.AnalysedFrames);
        Assert.Equal(60, sink.Maps.Count);
        Assert.Equal(3f, sink.ValueAt(3));
    }

    [Fact]
    public async Task Analysed_frames_reach_the_predictor_in_batches_of_the_batch_size()
    {
        var predictor = new BrightnessPredictor();

        await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 2, batch: 4), 20, i => (byte)i, predictor: predictor);

        Assert.Equal([4, 4, 2], predictor.Calls.Select(c => c.Length));
        Assert.Equal([0L, 2, 4, 6], predictor.Calls[0]);
    }

    [Fact]
    public async Task A_clip_model_sees_the_analysed_frames_before_each_batch()
    {
        var predictor = new BrightnessPredictor(temporalWindow: 3);

        var (_, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 2, batch: 2), 10, i => (byte)i, predictor: predictor);

        Assert.Equal([0L, 2], predictor.Calls[0]);
        Assert.Equal([0L, 2, 4, 6], predictor.Calls[1]);
        Assert.Equal([4L, 6, 8], predictor.Calls[2]);
        Assert.Equal(10, sink.Maps.Count);
        Assert.Equal(8f, sink.ValueAt(8));
    }

    [Fact]
    public async Task The_result_names_device_model_and_times_every_stage()
    {
        var (result, _) = await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 2), 10, i => (byte)i);

        Assert.Equal("CPU", result.Device);
        Assert.Equal("brightness@1", result.Model);
        Assert.Equal(
            [PipelineStages.Decode, PipelineStages.Sample, PipelineStages.Predict, PipelineStages.Interpolate, PipelineStages.Store],
            result.Stages.Select(s => s.Stage));
        Assert.Equal([10L, 10, 5, 10, 10], result.Stages.Select(s => s.Frames));
        Assert.All(result.Stages, s => Assert.True(s.Busy >= TimeSpan.Zero));
    }

    [Fact]
    public async Task Progress_reports_each_stage_up_to_its_total()
    {
        var progress = new ListProgress();

        await PipelineHarness.RunAsync(PipelineHarness.Options(stride: 2), 10, i => (byte)i, progress: progress);

        var last = progress.Reports.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(new PipelineProgress(PipelineStages.Decode, 10, 10, last[PipelineStages.Decode].FramesPerSecond), last[PipelineStages.Decode]);
        Assert.Equal((5L, 5L), (last[PipelineStages.Predict].FramesDone, last[PipelineStages.Predict].FramesTotal));
        Assert.Equal((10L, 10L), (last[PipelineStages.Store].FramesDone, last[PipelineStages.Store].FramesTotal));
        Assert.All(progress.Reports, r => Assert.True(r.FramesPerSecond >= 0));
    }

    [Fact]
    public async Task An_empty_clip_completes_the_sink_with_no_maps()
    {
        var (result, sink) = await PipelineHarness.RunAsync(PipelineHarness.Options(), 0, i => 0);

        Assert.Equal(0, result.Frames);
        Assert.Empty(sink.Maps);
        Assert.True(sink.Completed);
    }
}
