using WebAttention.Core.Media;
using WebAttention.Core.Saliency;

namespace WebAttention.Pipeline.Abstractions;

/// <summary>
/// The attention model stage: frames in, one saliency map per frame out, in order.
/// Image models look at one frame; clip models (<see cref="TemporalWindow"/> &gt; 1) at the
/// frame and the ones before it, which the pipeline passes in <c>frames</c> as a sliding window.
/// </summary>
public interface ISaliencyPredictor
{
    /// <summary>Name and version of the model, for manifests and the UI.</summary>
    string ModelName { get; }

    /// <summary>Execution device actually in use ("CUDA" or "CPU").</summary>
    string Device { get; }

    /// <summary>Frames the model sees at once (1 for image models).</summary>
    int TemporalWindow { get; }

    /// <summary>Input size the model wants for a source of <paramref name="source"/> size.</summary>
    FrameSize InputSizeFor(FrameSize source);

    /// <summary>Predicts maps for a batch of frames (all of one size).</summary>
    Task<IReadOnlyList<SaliencyMap>> PredictAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken);
}
