using Microsoft.ML.OnnxRuntime;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Inference.Models;
using WebAttention.Inference.Sessions;
using WebAttention.Pipeline.Abstractions;

namespace WebAttention.Inference.Prediction;

/// <summary>
/// Runs a model folder's ONNX graph on batches of RGB24 frames. Frame bytes go into the uint8 input as
/// they are (pre-processing is in the graph); maps come back peak-normalised. Image models
/// (<see cref="ModelLayouts.NhwcUint8Rgb"/>) get [N,H,W,3] and return a map for every frame; clip models
/// (<see cref="ModelLayouts.NthwcUint8Rgb"/>, temporal window T) get [N,T,H,W,3], one T-frame window per
/// frame that gets a map, chosen by <see cref="ClipWindows.Plan"/>; maps carry their frame's index.
/// Thread-safe: calls are serialised because the input and output buffers are reused between batches.
/// Owns the session; dispose it when done.
/// </summary>
public sealed class OnnxSaliencyPredictor : ISaliencyPredictor, IDisposable
{
    private readonly OrtSession _session;
    private readonly ModelManifest _manifest;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly bool _isClipModel;
    private byte[] _input = [];
    private float[] _output = [];

    /// <summary>Wraps <paramref name="session"/> (taking ownership) for the model described by <paramref name="manifest"/>.</summary>
    /// <exception cref="NotSupportedException">The manifest's input layout is unknown or does not fit its temporal window.</exception>
    public OnnxSaliencyPredictor(OrtSession session, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(manifest);
        if (ModelLayouts.CheckWindow(manifest.Input.Layout, manifest.TemporalWindow) is { } problem)
        {
            throw new NotSupportedException($"Model '{manifest.DisplayName}' cannot run: {problem}");
        }

        _session = session;
        _manifest = manifest;
        _isClipModel = manifest.Input.Layout == ModelLayouts.NthwcUint8Rgb;
        _inputNames = [manifest.Input.Name];
        _outputNames = [manifest.Output.Name];
    }

    /// <inheritdoc />
    public string ModelName => _manifest.DisplayName;

    /// <inheritdoc />
    public string Device => _session.Device;

    /// <summary>Why <see cref="Device"/> was chosen (the runtime's words; for logs and the CLI).</summary>
    public string DeviceDetail => _session.Detail;

    /// <summary>The device in a user's words, without exception text (<see cref="OrtSession.Summary"/>).</summary>
    public string DeviceSummary => _session.Summary;

    /// <inheritdoc />
    public int TemporalWindow => _manifest.TemporalWindow;

    /// <summary>Input pixels per map cell.</summary>
    public int OutputScale => _manifest.OutputScale;

    /// <inheritdoc />
    public FrameSize InputSizeFor(FrameSize source) =>
        source.FitWithin(_manifest.Input.DefaultLongSide, _manifest.Input.SizeMultiple);

    /// <summary>Width and height of the input must be multiples of this.</summary>
    public int SizeMultiple => _manifest.Input.SizeMultiple;

    /// <summary>
    /// The input size for a source of <paramref name="source"/> size analysed at a long side of
    /// <paramref name="longSide"/> instead of the model's default (the browser's lighter variants).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="longSide"/> is below <see cref="SizeMultiple"/>.</exception>
    public FrameSize InputSizeFor(FrameSize source, int longSide) => source.FitWithin(longSide, _manifest.Input.SizeMultiple);

    /// <summary>Size of the map returned for frames of <paramref name="inputSize"/>.</summary>
    public FrameSize MapSizeFor(FrameSize inputSize) =>
        new(inputSize.Width / _manifest.OutputScale, inputSize.Height / _manifest.OutputScale);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaliencyMap>> PredictAsync(IReadOnlyList<VideoFrame> frames, CancellationToken cancellationToken)
    {
        var size = FrameBatchPacker.CommonSize(frames, _manifest.Input.SizeMultiple);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Run(frames, size, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private List<SaliencyMap> Run(IReadOnlyList<VideoFrame> frames, FrameSize size, CancellationToken cancellationToken)
    {
        var window = _manifest.TemporalWindow;
        var plan = _isClipModel ? ClipWindows.Plan(frames, window) : null;
        var count = plan?.Count ?? frames.Count;
        if (count == 0)
        {
            return [];
        }

        var map = MapSizeFor(size);
        var inputLength = count * (plan is null ? 1 : window) * size.Area * 3;
        var outputLength = count * map.Area;
        if (_input.Length < inputLength)
        {
            _input = new byte[inputLength];
        }

        if (_output.Length < outputLength)
        {
            _output = new float[outputLength];
        }

        long[] shape;
        if (plan is null)
        {
            FrameBatchPacker.Pack(frames, _input);
            shape = [count, size.Height, size.Width, 3];
        }
        else
        {
            FrameBatchPacker.PackWindows(frames, plan, _input);
            shape = [count, window, size.Height, size.Width, 3];
        }

        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _input.AsMemory(0, inputLength), shape);
        using var output = OrtValue.CreateTensorValueFromMemory(
            OrtMemoryInfo.DefaultInstance, _output.AsMemory(0, outputLength), [count, 1, map.Height, map.Width]);
        try
        {
            _session.Session.Run(runOptions, _inputNames, [input], _outputNames, [output]);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        var maps = new List<SaliencyMap>(count);
        for (var i = 0; i < count; i++)
        {
            var values = new float[map.Area];
            PeakNormalisation.Apply(_output.AsSpan(i * map.Area, map.Area), values);
            var frame = frames[plan is null ? i : plan[i].Target];
            maps.Add(new SaliencyMap(frame.Index, map.Width, map.Height, values));
        }

        return maps;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _gate.Dispose();
    }
}
