using WebAttention.Core.Media;
using WebAttention.Media.Decoding;
using WebAttention.Pipeline.Reframing.Shots;

namespace WebAttention.Cli.Reframe;

/// <summary>
/// Shot boundaries on every frame: the clip decoded small (<see cref="DetectionWidth"/> wide, aspect kept) through a
/// fresh <see cref="GridHistogramCutDetector"/>. Also gives the clip's true frame count (the decoder's, not the container's).
/// </summary>
public static class ShotDetection
{
    /// <summary>Width frames are decoded at for cut detection.</summary>
    public const int DetectionWidth = ShotSegmenter.DetectionWidth;

    /// <summary>Size frames of a <paramref name="source"/>-sized clip are decoded at (even sides, at least 16).</summary>
    public static FrameSize SizeFor(FrameSize source) => ShotSegmenter.DetectionSizeFor(source);

    /// <summary>Decodes every frame of <paramref name="clip"/> and returns its shots (their frames sum to the frame count).</summary>
    public static Task<IReadOnlyList<Shot>> DetectAsync(IFrameDecoder decoder, string clip, FrameSize source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        return ShotSegmenter.DetectAsync(decoder.DecodeAsync(clip, SizeFor(source), cancellationToken), new GridHistogramCutDetector(), cancellationToken);
    }
}
