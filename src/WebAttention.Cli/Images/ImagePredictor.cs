using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Maps;
using WebAttention.Training.Images;

namespace WebAttention.Cli.Images;

/// <summary>
/// Saliency of still images: the image is resized (bilinear, in C#) to the model's input size, predicted as a
/// one-frame batch, and the map is scaled back (bilinear, <see cref="MapResampler"/>) to the image's own size.
/// <paramref name="inputSize"/> overrides the model's input size rule (e.g. a smaller analysis long side).
/// </summary>
public sealed class ImagePredictor(ISaliencyPredictor predictor, Func<FrameSize, FrameSize>? inputSize = null)
{
    /// <summary>The map of <paramref name="image"/> at the image's size, peak-normalised to 1.</summary>
    public async Task<float[]> PredictAsync(RgbImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var input = inputSize?.Invoke(image.Size) ?? predictor.InputSizeFor(image.Size);
        var frame = new VideoFrame(0, TimeSpan.Zero, input, MapResampler.Bilinear(image.Rgb, image.Size, input, 3));
        var maps = await predictor.PredictAsync([frame], cancellationToken).ConfigureAwait(false);
        var map = maps[0];
        var full = new float[image.Size.Area];
        MapResampler.ResizeBilinear(map.Values, map.Width, map.Height, full, image.Size.Width, image.Size.Height);
        return full;
    }
}
