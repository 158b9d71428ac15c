using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Reframing.Model;

namespace WebAttention.Inference.Fusion;

/// <summary>
/// The one place that composes attention for a clip, shared by the server's jobs and the CLI: the model fused with faces,
/// motion and the static overlay by the fitted video model (<c>video-v1.json</c>), its smoothing time constant turned into
/// the pipeline's smoothing factor at the clip's analysis rate, and the focus track's fitted evidence knobs. Still images
/// keep the image fusion (<c>fusion-v1.json</c>): a single frame has no video cues.
/// </summary>
public static class VideoAttention
{
    private static readonly Lazy<VideoFusionDocument> Document = new(() => VideoFusionWeightsFile.LoadEmbedded());

    /// <summary>
    /// Faces are looked for on every other analysed frame (<see cref="FusedSaliencyPredictor.FaceStride"/>): BlazeFace with its
    /// tiles costs about as much as the model, and at 5 analysed frames a second a face barely moves between two looks.
    /// </summary>
    public const int FaceStride = 2;

    /// <summary>The committed video model.</summary>
    public static VideoFusionDocument Model => Document.Value;

    /// <summary>The fitted focus knobs (aspect-free).</summary>
    public static FocusOptions Focus => Model.Focus ?? new FocusOptions();

    /// <summary>
    /// The focus options reframing uses for a clip of <paramref name="source"/> size cut to <paramref name="aspect"/>: the fitted
    /// knobs, with the map's candidate taken as the best-mass window of the largest <paramref name="aspect"/> window in the frame.
    /// </summary>
    public static FocusOptions FocusFor(AspectRatio aspect, FrameSize source) => WithWindow(Focus, aspect, source);

    /// <summary>
    /// <paramref name="focus"/> with its mass window (when it uses one: a positive <see cref="FocusOptions.MassWindowWidth"/>,
    /// stored as 1 in the weights file) sized to the largest <paramref name="aspect"/> window inside <paramref name="source"/>.
    /// </summary>
    public static FocusOptions WithWindow(FocusOptions focus, AspectRatio aspect, FrameSize source)
    {
        ArgumentNullException.ThrowIfNull(focus);
        if (!(focus.MassWindowWidth > 0))
        {
            return focus;
        }

        var target = (double)aspect.Width / aspect.Height;
        var frame = (double)source.Width / source.Height;
        return target < frame
            ? focus with { MassWindowWidth = target / frame, MassWindowHeight = 1 }
            : focus with { MassWindowWidth = 1, MassWindowHeight = frame / target };
    }

    /// <summary>The clip predictor: <paramref name="model"/> with faces, motion and the static overlay fused by the video weights.</summary>
    public static FusedSaliencyPredictor Predictor(ISaliencyPredictor model, IFaceDetector? faces, IMotionEstimator? motion) =>
        new(model, faces, motion, FusionWeightsFile.LoadEmbedded().Weights, Model.Weights) { FaceStride = FaceStride };

    /// <summary>A copy of <paramref name="options"/> whose smoothing factor follows the video model's time constant at the clip's analysis rate.</summary>
    public static AnalysisOptions OptionsFor(AnalysisOptions options, double frameRate)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rate = options.FrameStride > 0 ? frameRate / options.FrameStride : Math.Min(options.TargetFramesPerSecond, frameRate);
        return new AnalysisOptions
        {
            FrameStride = options.FrameStride,
            TargetFramesPerSecond = options.TargetFramesPerSecond,
            AnalyseShotStarts = options.AnalyseShotStarts,
            BatchSize = options.BatchSize,
            SmoothingFactor = rate > 0 && double.IsFinite(rate) ? Model.Weights.SmoothingFactorAt(rate) : options.SmoothingFactor,
            ChannelCapacity = options.ChannelCapacity,
            ProgressInterval = options.ProgressInterval,
            ShotCuts = options.ShotCuts,
        };
    }
}
