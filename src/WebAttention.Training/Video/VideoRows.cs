using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Training.Video;

/// <summary>A map for every frame of a recorded clip under one way of fusing its channels (the rows of <c>eval --dataset ascmn</c>).</summary>
public static class VideoRows
{
    /// <summary>Today's image fusion (model × exp(face + motion), <see cref="ChannelFusion"/>) smoothed with the pipeline's default α.</summary>
    public static IReadOnlyList<SaliencyMap> ImageFusion(RecordedClip clip, FusionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var analysed = clip.Channels.Select(c =>
        {
            var values = new float[c.Model.Length];
            ChannelFusion.Fuse(c.Model, c.Face, c.Motion, weights, values);
            return new SaliencyMap(c.Frame, c.Width, c.Height, values);
        }).ToList();
        return VideoMapComposer.Compose(analysed, clip.FrameCount, clip.Cuts.ToHashSet(), new AnalysisOptions().SmoothingFactor);
    }

    /// <summary>The video model (<see cref="VideoChannelFusion"/>) smoothed with its own time constant.</summary>
    public static IReadOnlyList<SaliencyMap> VideoModel(RecordedClip clip, VideoFusionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(weights);
        return VideoMapComposer.Compose(Analysed(clip, weights), clip.FrameCount, clip.Cuts.ToHashSet(), weights.SmoothingFactorAt(clip.AnalysedPerSecond));
    }

    /// <summary>The fused (unsmoothed) maps of the analysed frames.</summary>
    public static List<SaliencyMap> Analysed(RecordedClip clip, VideoFusionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(weights);
        var centre = new Dictionary<(int, int), float[]>();
        return clip.Channels.Select(c =>
        {
            if (!centre.TryGetValue((c.Width, c.Height), out var prior))
            {
                prior = VideoCentrePrior.Map(c.Width, c.Height, weights.CentreSigma);
                centre[(c.Width, c.Height)] = prior;
            }

            return new SaliencyMap(c.Frame, c.Width, c.Height, VideoChannelFusion.Fuse(c, weights, prior));
        }).ToList();
    }
}
