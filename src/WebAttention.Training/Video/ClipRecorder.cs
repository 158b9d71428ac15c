using WebAttention.Core.Media;
using WebAttention.Inference.Fusion;
using WebAttention.Media.Analysis;
using WebAttention.Media.Probing;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;
using WebAttention.Pipeline.Storage;

namespace WebAttention.Training.Video;

/// <summary>
/// Runs a clip through the pipeline the server runs (<see cref="ClipAnalyzer"/>: decode at
/// the model's analysis size, the model, BlazeFace on every other analysed frame, motion, the static overlay, at the default analysis rate) and records
/// the channels of every analysed frame, reusing a cache file under <see cref="CacheFolder"/> when one matches.
/// </summary>
public sealed class ClipRecorder(IVideoProbe probe, ClipAnalyzer analyzer, ISaliencyPredictor model, IFaceDetector? faces, string cacheFolder)
{
    /// <summary>Default cache folder (git-ignored).</summary>
    public static string DefaultCacheFolder { get; } = Path.Combine(".cache", "video-channels");

    /// <summary>Where recorded clips are cached.</summary>
    public string CacheFolder => cacheFolder;

    /// <summary>The analysis settings: the server's defaults.</summary>
    public static AnalysisOptions Options { get; } = new();

    /// <summary>The channels of <paramref name="clip"/> (from the cache when it holds this clip, model and detector).</summary>
    public async Task<RecordedClip> RecordAsync(string clip, string name, CancellationToken cancellationToken)
    {
        var file = new FileInfo(clip);
        var key = string.Join('.', name, file.Length, Sanitize(model.ModelName), faces is null ? "nofaces" : "faces", "v3"); // v3: faces on every other analysed frame (VideoAttention.FaceStride)
        var cachePath = Path.Combine(cacheFolder, key + ".bin");
        if (RecordedClipFile.TryRead(cachePath) is { } cached)
        {
            return cached;
        }

        var info = await probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        var image = FusionWeightsFile.LoadEmbedded().Weights;
        var channels = new List<VideoChannels>();
        var fused = new FusedSaliencyPredictor(model, faces, new MotionEstimator(), image, VideoFusionWeights.FromImage(image, 0.3))
        {
            FaceStride = VideoAttention.FaceStride,
            ChannelsObserved = channels.Add,
        };
        var sink = new InMemorySaliencySink();
        var result = await analyzer.AnalyzeAsync(clip, info, fused, sink, Options, null, cancellationToken).ConfigureAwait(false);
        var recorded = new RecordedClip(
            name, info.Width, info.Height, info.FrameRate, result.Frames, AnalysedRate(Options, info.FrameRate), result.ShotCuts, channels, fused.Faces);
        RecordedClipFile.Write(cachePath, recorded);
        return recorded;
    }

    /// <summary>Analysed maps per second of clip time for <paramref name="options"/> on a clip at <paramref name="frameRate"/>.</summary>
    public static double AnalysedRate(AnalysisOptions options, double frameRate) =>
        options.FrameStride > 0 ? frameRate / options.FrameStride : Math.Min(options.TargetFramesPerSecond, frameRate);

    private static string Sanitize(string text) => new([.. text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
