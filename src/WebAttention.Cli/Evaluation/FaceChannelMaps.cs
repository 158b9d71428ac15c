using WebAttention.Cli.Images;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Abstractions;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Maps;
using WebAttention.Pipeline.Metrics;
using WebAttention.Training.Evaluation;
using WebAttention.Training.Images;

namespace WebAttention.Cli.Evaluation;

/// <summary>
/// The model's map and, when a face detector is given, the face channel's rows: the model fused with faces
/// (<see cref="ChannelFusion"/> on the model's grid, as the server does) and the "faces × centre prior"
/// reference (the centre-bias Gaussian fused with the same faces, at image size, with <paramref name="centreWeights"/>:
/// the weights fitted for the Gaussian, or the model's when null). The model runs once per image; faces are
/// found on the frame the model sees (its input size, or <paramref name="inputSize"/>'s choice, e.g. a smaller long side).
/// </summary>
public sealed class FaceChannelMaps(ISaliencyPredictor model, IFaceDetector? faces, FusionWeights weights, FusionWeights? centreWeights = null, Func<FrameSize, FrameSize>? inputSize = null) : IEvaluatedMaps
{
    /// <summary>Row name of the faces × centre prior reference.</summary>
    public const string FacesCentreRow = "faces × centre prior";

    /// <summary>Row name of the fused model.</summary>
    public string FusedRow => $"{model.ModelName} + faces";

    /// <inheritdoc />
    public IReadOnlyList<string> Names => faces is null ? [model.ModelName] : [model.ModelName, FusedRow, FacesCentreRow];

    /// <inheritdoc />
    public async Task<IReadOnlyList<float[]>> PredictAsync(RgbImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var input = inputSize?.Invoke(image.Size) ?? model.InputSizeFor(image.Size);
        var frame = new VideoFrame(0, TimeSpan.Zero, input, MapResampler.Bilinear(image.Rgb, image.Size, input, 3));
        var mapTask = model.PredictAsync([frame], cancellationToken);
        var facesTask = faces is null ? Task.FromResult<IReadOnlyList<Core.Media.FaceBox>>([]) : faces.DetectAsync([frame], cancellationToken);
        var map = (await mapTask.ConfigureAwait(false))[0];
        var found = await facesTask.ConfigureAwait(false);
        var modelMap = Upsample(map.Values, map.Width, map.Height, image.Size);
        if (faces is null)
        {
            return [modelMap];
        }

        var fused = map.Values.ToArray();
        var centre = CenterBias.Map(image.Size.Width, image.Size.Height);
        if (found.Count > 0)
        {
            var grid = new float[map.Width * map.Height];
            FaceBlobs.Render(found, map.Width, map.Height, weights.FaceSigma, grid);
            ChannelFusion.Fuse(map.Values, grid, [], weights, fused);
            var full = new float[image.Size.Area];
            var reference = centreWeights ?? weights;
            FaceBlobs.Render(found, image.Size.Width, image.Size.Height, reference.FaceSigma, full);
            var prior = centre;
            centre = new float[prior.Length];
            ChannelFusion.Fuse(prior, full, [], reference, centre);
        }

        return [modelMap, Upsample(fused, map.Width, map.Height, image.Size), centre];
    }

    private static float[] Upsample(ReadOnlySpan<float> values, int width, int height, FrameSize size)
    {
        var full = new float[size.Area];
        MapResampler.ResizeBilinear(values, width, height, full, size.Width, size.Height);
        return full;
    }
}
