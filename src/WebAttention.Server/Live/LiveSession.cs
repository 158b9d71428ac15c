using System.Diagnostics;
using WebAttention.Core.Live;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Maps;
using WebAttention.Pipeline.Smoothing;
using WebAttention.Server.Analysis;
using WebAttention.Server.Reframing;

namespace WebAttention.Server.Live;

/// <summary>
/// One browser's live stream: the clips' fused pipeline (<c>VideoAttention</c>: model, faces, motion, static overlay) with
/// its own causal state (motion history, static overlay, the temporal smoother, the crop path), fed one frame at a time.
/// Holds a lease on the shared predictor for its lifetime.
/// </summary>
public sealed class LiveSession : IDisposable
{
    private readonly PredictorLease _lease;
    private readonly FusedSaliencyPredictor _predictor;
    private readonly TemporalSmoother _smoother;
    private readonly LiveCropPath _crop;
    private readonly int _throttleMs;
    private long _index;

    internal LiveSession(PredictorLease lease, FusedSaliencyPredictor predictor, double smoothingFactor, LiveCropPath crop, int throttleMs)
    {
        _lease = lease;
        _predictor = predictor;
        _smoother = new TemporalSmoother(smoothingFactor);
        _crop = crop;
        _throttleMs = throttleMs;
    }

    /// <summary>What the browser is told about the session.</summary>
    public LiveSessionInfo Info => new(_predictor.ModelName, _predictor.Device, _crop.Aspect.ToString());

    /// <summary>The frames analysed so far.</summary>
    public long FramesAnalysed => _index;

    /// <summary>Runs the pipeline on one frame.</summary>
    /// <exception cref="LiveFrameException">The frame is unusable (the message says why).</exception>
    public async Task<LiveFrameResult> AnalyseAsync(LiveFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var clock = Stopwatch.StartNew();
        var (size, rgb) = LiveFrameDecoder.Decode(frame);
        var decoded = clock.Elapsed.TotalMilliseconds;
        var input = _predictor.InputSizeFor(size);
        var pixels = input == size ? rgb : MapResampler.Bilinear(rgb, size, input, 3);
        var resized = clock.Elapsed.TotalMilliseconds;
        var index = _index++;
        var video = new VideoFrame(index, TimeSpan.FromMilliseconds(frame.CapturedAt), input, pixels);
        var maps = await _predictor.PredictAsync([video], cancellationToken).ConfigureAwait(false);
        var predicted = clock.Elapsed.TotalMilliseconds;
        var smoothed = _smoother.Next(maps[0], cutBefore: false);
        var faces = FacesOf(_predictor.Faces, index);
        var crop = _crop.Next(size, smoothed.Values, smoothed.Width, smoothed.Height, faces);
        var map = MapQuantizer.ToBytes(smoothed.Values);
        var timings = _predictor.LastTimings;
        var stages = new LiveStageTimes(
            decoded, resized - decoded, timings?.InferenceMs ?? predicted - resized, timings?.ChannelsMs ?? 0, timings?.FusionMs ?? 0,
            clock.Elapsed.TotalMilliseconds - predicted);
        if (_throttleMs > 0)
        {
            await Task.Delay(_throttleMs, cancellationToken).ConfigureAwait(false);
        }

        return new LiveFrameResult(
            frame.Sequence,
            frame.CapturedAt,
            Dropped: false,
            smoothed.Width,
            smoothed.Height,
            map,
            [.. faces.Select(f => new LiveFace(f.X, f.Y, f.W, f.H, f.Score))],
            new LiveCrop((double)crop.X / size.Width, (double)crop.Y / size.Height, (double)crop.Width / size.Width, (double)crop.Height / size.Height),
            clock.Elapsed.TotalMilliseconds,
            stages);
    }

    /// <summary>The answer to a frame the server skipped because a newer one was waiting.</summary>
    public static LiveFrameResult Skipped(LiveFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new LiveFrameResult(frame.Sequence, frame.CapturedAt, Dropped: true, 0, 0, [], [], null, 0);
    }

    // The run keeps every face it found, in frame order: this frame's are at the end.
    private static List<FaceBox> FacesOf(IReadOnlyList<FaceBox> all, long frame)
    {
        var start = all.Count;
        while (start > 0 && all[start - 1].Frame == frame)
        {
            start--;
        }

        return [.. Enumerable.Range(start, all.Count - start).Select(i => all[i])];
    }

    /// <inheritdoc />
    public void Dispose() => _lease.Dispose();
}
