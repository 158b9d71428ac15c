using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis.Stages;
using WebAttention.Pipeline.Sampling;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Smoothing;

namespace WebAttention.Pipeline.Analysis;

/// <summary>
/// The attention pipeline's thin orchestrator. Three stages run concurrently, joined by bounded channels:
/// <list type="number">
/// <item><b>sample</b>: reads decoded frames, detects cuts on every frame, keeps the pixels of the frames to analyse;</item>
/// <item><b>predict</b>: batches analysed frames through the <see cref="ISaliencyPredictor"/>;</item>
/// <item><b>emit</b>: smooths analysed maps over time (reset at cuts) and writes a map for every frame, in order,
/// interpolating between analysed frames, to the <see cref="ISaliencyMapSink"/>.</item>
/// </list>
/// Memory is flat whatever the clip length: at most 2 × <see cref="AnalysisOptions.ChannelCapacity"/>
/// + (<see cref="AnalysisOptions.BatchSize"/> + 1) × the largest analysis gap + the model's temporal window + 2
/// frames are between the source and the sink at any time, and only analysed ones keep their pixels.
/// </summary>
public sealed class AttentionPipeline
{
    private readonly ISaliencyPredictor _predictor;
    private readonly AnalysisOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a pipeline around a predictor.</summary>
    /// <param name="predictor">The attention model stage.</param>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="timeProvider">Clock for timings and progress; the system clock when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AttentionPipeline(ISaliencyPredictor predictor, AnalysisOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _predictor = predictor;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Runs the pipeline over a clip and returns when the sink has every map and has been completed.
    /// </summary>
    /// <param name="frames">Every frame of the clip, decoded at analysis size, consecutive indices, one size.
    /// The enumerator is disposed however the run ends.</param>
    /// <param name="clip">Frame rate (for the analysis rate) and frame count (for progress).</param>
    /// <param name="sink">Receives one map per frame in frame order, then <see cref="ISaliencyMapSink.CompleteAsync"/>
    /// (not called when the run fails or is cancelled).</param>
    /// <param name="shots">Cut detector for this clip; the default <see cref="AdaptiveCutDetector"/> with
    /// <see cref="AnalysisOptions.ShotCuts"/> when null.</param>
    /// <param name="progress">Receives throttled per-stage progress; may be called from pool threads.</param>
    /// <param name="cancellationToken">Stops all stages promptly.</param>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The frames or the predictor's maps broke the contract.</exception>
    public async Task<PipelineResult> RunAsync(
        IAsyncEnumerable<VideoFrame> frames,
        ClipTiming clip,
        ISaliencyMapSink sink,
        IShotBoundaryDetector? shots = null,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(sink);
        var sampler = _options.FrameStride > 0 || clip.FrameRate > 0
            ? FrameSampler.For(_options, clip.FrameRate)
            : throw new ArgumentOutOfRangeException(nameof(clip), clip.FrameRate, "A clip frame rate is required for a target analysis rate.");

        var started = _time.GetTimestamp();
        StageMeter Meter(string stage, long total) => new(stage, total, started, progress, _time, _options.ProgressInterval);
        var total = Math.Max(0, clip.FrameCount);
        var decode = Meter(PipelineStages.Decode, total);
        var sample = Meter(PipelineStages.Sample, total);
        var predict = Meter(PipelineStages.Predict, sampler.CountScheduled(total));
        var interpolate = Meter(PipelineStages.Interpolate, total);
        var store = Meter(PipelineStages.Store, total);

        var sampling = new SamplingStage(sampler, shots ?? AdaptiveCutDetector.Create(_options.ShotCuts), _options.AnalyseShotStarts, decode, sample);
        var prediction = new PredictionStage(_predictor, _options.BatchSize, predict);
        var emission = new EmissionStage(new TemporalSmoother(_options.SmoothingFactor), sink, interpolate, store);
        var sampled = Channel.CreateBounded<SampledFrame>(ChannelOptions());
        var predicted = Channel.CreateBounded<PredictedFrame>(ChannelOptions());

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        Task[] stages =
        [
            RunStageAsync(() => sampling.RunAsync(frames, sampled.Writer, token), sampled.Writer.TryComplete, stop),
            RunStageAsync(() => prediction.RunAsync(sampled.Reader, predicted.Writer, token), predicted.Writer.TryComplete, stop),
            RunStageAsync(() => emission.RunAsync(predicted.Reader, token), null, stop),
        ];

        try
        {
            await Task.WhenAll(stages).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            RootCause(stages).Throw();
        }

        return new PipelineResult(
            store.Frames,
            sampling.Analysed,
            sampling.Cuts,
            [decode.ToTiming(), sample.ToTiming(), predict.ToTiming(), interpolate.ToTiming(), store.ToTiming()],
            _time.GetElapsedTime(started),
            _predictor.Device,
            _predictor.ModelName);
    }

    private BoundedChannelOptions ChannelOptions() => new(_options.ChannelCapacity)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    };

    // Each stage runs on the pool; a failing stage completes its channel with the error and stops the others.
    private static Task RunStageAsync(Func<Task> body, Func<Exception?, bool>? completeOutput, CancellationTokenSource stop) =>
        Task.Run(async () =>
        {
            try
            {
                await body().ConfigureAwait(false);
                completeOutput?.Invoke(null);
            }
            catch (Exception ex)
            {
                completeOutput?.Invoke(ex);
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        });

    // The first stage to fail with something other than the cancellation it caused in the others.
    private static ExceptionDispatchInfo RootCause(Task[] stages)
    {
        var errors = stages
            .Where(t => t.IsFaulted)
            .SelectMany(t => t.Exception!.InnerExceptions)
            .ToList();
        var root = errors.FirstOrDefault(e => e is not OperationCanceledException and not ChannelClosedException)
            ?? errors.FirstOrDefault()
            ?? new OperationCanceledException("The pipeline stopped.");
        return ExceptionDispatchInfo.Capture(root);
    }
}
