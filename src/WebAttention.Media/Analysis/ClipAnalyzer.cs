using WebAttention.Core.Media;
using WebAttention.Media.Decoding;
using WebAttention.Media.Probing;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;

namespace WebAttention.Media.Analysis;

/// <summary>
/// The attention pipeline fed from a file: probe, decode at the model's input size (scaled inside
/// ffmpeg), then <see cref="AttentionPipeline"/> into a sink. Shared by the server's jobs and the CLI.
/// </summary>
public sealed class ClipAnalyzer(IVideoProbe probe, IFrameDecoder decoder)
{
    /// <summary>Facts of the clip and the size its frames are analysed at.</summary>
    public async Task<(VideoInfo Info, FrameSize AnalysisSize)> PlanAsync(string clipPath, ISaliencyPredictor predictor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        var info = await probe.GetVideoInfoAsync(clipPath, cancellationToken).ConfigureAwait(false);
        return (info, predictor.InputSizeFor(new FrameSize(info.Width, info.Height)));
    }

    /// <summary>Runs the pipeline over every frame of the clip; the sink receives one map per frame, in order.</summary>
    public async Task<PipelineResult> AnalyzeAsync(
        string clipPath,
        ISaliencyPredictor predictor,
        ISaliencyMapSink sink,
        AnalysisOptions options,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var (info, size) = await PlanAsync(clipPath, predictor, cancellationToken).ConfigureAwait(false);
        var pipeline = new AttentionPipeline(predictor, options);
        return await pipeline.RunAsync(
            decoder.DecodeAsync(clipPath, size, cancellationToken),
            ClipTiming.From(info),
            sink,
            shots: null,
            progress,
            cancellationToken).ConfigureAwait(false);
    }
}
