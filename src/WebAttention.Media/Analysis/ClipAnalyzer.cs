using WebAttention.Core.Media;
using WebAttention.Media.Decoding;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;

namespace WebAttention.Media.Analysis;

/// <summary>
/// The attention pipeline fed from a file: decode at the model's input size (scaled inside ffmpeg), then
/// <see cref="AttentionPipeline"/> into a sink. The caller probes the clip once and passes the result along
/// (<see cref="VideoInfo"/>), so nothing here runs ffprobe again. Shared by the server's jobs and the CLI.
/// </summary>
public sealed class ClipAnalyzer(IFrameDecoder decoder)
{
    /// <summary>The size the frames of a clip described by <paramref name="info"/> are analysed at.</summary>
    public static FrameSize AnalysisSize(VideoInfo info, ISaliencyPredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(predictor);
        return predictor.InputSizeFor(new FrameSize(info.Width, info.Height));
    }

    /// <summary>
    /// Runs the pipeline over every frame of the clip; the sink receives one map per frame, in order, and the result
    /// carries the shot cuts found on every frame (<see cref="PipelineResult.ShotCuts"/>).
    /// </summary>
    /// <param name="clipPath">The clip.</param>
    /// <param name="info">The clip's probe result (frame rate, size, frame count).</param>
    /// <param name="predictor">The attention model.</param>
    /// <param name="sink">Receives the maps.</param>
    /// <param name="options">Pipeline settings.</param>
    /// <param name="progress">Receives per-stage progress.</param>
    /// <param name="cancellationToken">Stops decoding and the pipeline.</param>
    public async Task<PipelineResult> AnalyzeAsync(
        string clipPath,
        VideoInfo info,
        ISaliencyPredictor predictor,
        ISaliencyMapSink sink,
        AnalysisOptions options,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var size = AnalysisSize(info, predictor);
        var pipeline = new AttentionPipeline(predictor, options);
        return await pipeline.RunAsync(
            decoder.DecodeAsync(clipPath, info, size, cancellationToken),
            ClipTiming.From(info),
            sink,
            shots: null,
            progress,
            cancellationToken).ConfigureAwait(false);
    }
}
