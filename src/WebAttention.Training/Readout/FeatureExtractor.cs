using Microsoft.ML.OnnxRuntime;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Readout;
using WebAttention.Training.Images;

namespace WebAttention.Training.Readout;

/// <summary>
/// Runs the composed graph (in-graph pre-processing → ResNet18 → <see cref="FeatureAlignmentNodes"/>) on
/// images scaled to the analysis size and returns the stacked stride-16 features, exactly as the
/// trained head will see them at inference time. CPU execution provider.
/// </summary>
public sealed class FeatureExtractor : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _outputs = [TrainedReadoutHead.FeatureStackTensor];

    private FeatureExtractor(InferenceSession session, int channels)
    {
        _session = session;
        Channels = channels;
    }

    /// <summary>Stacked channels per cell.</summary>
    public int Channels { get; }

    /// <summary>Composes the extraction graph from the ResNet18 package (or <paramref name="resNet18Path"/>).</summary>
    public static async Task<FeatureExtractor> CreateAsync(int threads, string? resNet18Path, CancellationToken cancellationToken)
    {
        var backbone = await ResNet18Backbone.LoadAsync(resNet18Path ?? ResNet18Backbone.LocateOnnxFile(), cancellationToken).ConfigureAwait(false);
        var channels = TrainedReadoutHead.StackChannels(ResNet18Backbone.Features);
        var placeholder = ReadoutParameters.Initial(channels, 1, 1, 1, 0f, new float[channels], Enumerable.Repeat(1f, channels).ToArray(), seed: 0);
        var options = new CompositionOptions("frames", "saliency", [TrainedReadoutHead.FeatureStackTensor]);
        var model = SaliencyGraphComposer.Compose(backbone, new TrainedReadoutHead(placeholder), options);
        using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        if (threads > 0)
        {
            sessionOptions.IntraOpNumThreads = threads;
        }

        var session = new InferenceSession(Google.Protobuf.MessageExtensions.ToByteArray(model), sessionOptions);
        return new FeatureExtractor(session, channels);
    }

    /// <summary>
    /// Features of a batch of same-sized RGB images (width and height multiples of 32), cell-major [h·w, C] each.
    /// </summary>
    public IReadOnlyList<float[]> Extract(IReadOnlyList<RgbImage> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        var (width, height) = (images[0].Size.Width, images[0].Size.Height);
        var frame = width * height * 3;
        var input = new byte[images.Count * frame];
        for (var i = 0; i < images.Count; i++)
        {
            if (images[i].Size != images[0].Size)
            {
                throw new ArgumentException("All images of a batch must have the same size.", nameof(images));
            }

            images[i].Rgb.CopyTo(input, i * frame);
        }

        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [images.Count, height, width, 3]);
        using var results = _session.Run(runOptions, ["frames"], [tensor], _outputs);
        cancellationToken.ThrowIfCancellationRequested();
        var data = results[0].GetTensorDataAsSpan<float>();
        var cells = (height / TrainedReadoutHead.GridStride) * (width / TrainedReadoutHead.GridStride);
        var perImage = Channels * cells;
        var list = new List<float[]>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            list.Add(ReadoutModel.ToCellMajor(data.Slice(i * perImage, perImage), Channels, cells));
        }

        return list;
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
