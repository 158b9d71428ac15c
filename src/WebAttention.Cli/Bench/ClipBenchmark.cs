using System.Diagnostics;
using WebAttention.Cli.Hosting;
using WebAttention.Inference.Fusion;
using WebAttention.Cli.Output;
using WebAttention.Core.Media;
using WebAttention.Inference.Prediction;
using WebAttention.Media.Analysis;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Fusion;
using WebAttention.Pipeline.Motion;

namespace WebAttention.Cli.Bench;

/// <summary>
/// Measures, in one run on one clip: ffmpeg decode-only at the analysis size (the floor), the model alone on
/// pre-decoded frames at batch sizes 1, 2, 4 and 8, the motion channel and the face detector on the same frames,
/// and the whole pipeline as the server runs it (ClipAnalyzer with the model fused with faces and motion, into a
/// null sink). Without the face model (<paramref name="faces"/> null) the face row is absent and end to end has no faces.
/// </summary>
public sealed class ClipBenchmark(CliHost host, OnnxSaliencyPredictor predictor, IFaceDetector? faces = null)
{
    /// <summary>Batch sizes tried for the model-only rate.</summary>
    public static IReadOnlyList<int> BatchSizes { get; } = [1, 2, 4, 8];

    /// <summary>Pre-decoded frames each model-only measurement runs through (after one warm-up batch).</summary>
    public const int ModelFrames = 32;

    /// <summary>Runs every measurement; <paramref name="done"/> hears each as it finishes.</summary>
    /// <param name="clip">Full path of the clip.</param>
    /// <param name="clipSeconds">Use only the first this many seconds of the clip (null: all of it).</param>
    /// <param name="options">Pipeline settings of the end-to-end run.</param>
    /// <param name="modelLoad">Time it took to get the predictor ready.</param>
    /// <param name="done">Receives each measurement when it completes.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<BenchReport> RunAsync(
        string clip, double? clipSeconds, AnalysisOptions options, TimeSpan modelLoad, IProgress<Throughput>? done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var memory = new PeakMemorySampler();
        var info = await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        var size = predictor.InputSizeFor(new FrameSize(info.Width, info.Height));
        var limit = clipSeconds is { } s ? Math.Max(1, (long)Math.Round(s * info.FrameRate)) : long.MaxValue;
        var decoder = new FirstFramesDecoder(host.Decoder, limit);

        var decode = await DecodeOnlyAsync(decoder, clip, info, size, cancellationToken).ConfigureAwait(false);
        done?.Report(decode);

        var frames = await PreDecodeAsync(clip, info, size, cancellationToken).ConfigureAwait(false);
        var batches = new List<Throughput>();
        foreach (var batch in BatchSizes)
        {
            var measured = await ModelOnlyAsync(frames, batch, cancellationToken).ConfigureAwait(false);
            batches.Add(measured);
            done?.Report(measured);
        }

        var motion = MotionBenchmark.Run(new MotionEstimator(), frames, predictor.MapSizeFor(size), cancellationToken);
        done?.Report(motion.Throughput);

        Throughput? faceRate = null;
        if (faces is not null)
        {
            faceRate = await FacesOnlyAsync(faces, frames, cancellationToken).ConfigureAwait(false);
            done?.Report(faceRate);
        }

        var sink = new NullSaliencySink();
        var fused = AttentionChannels.FuseClip(predictor, faces);
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        await new ClipAnalyzer(decoder).AnalyzeAsync(clip, info, fused, sink, VideoAttention.OptionsFor(options, info.FrameRate), null, cancellationToken).ConfigureAwait(false);
        var endToEnd = new Throughput($"end to end ({fused.ModelName}, ClipAnalyzer → null sink)", sink.Received, clock.Elapsed.TotalSeconds, CpuSeconds() - cpu);
        done?.Report(endToEnd);

        var best = batches.MaxBy(b => b.FramesPerSecond)!;
        const double Mega = 1024 * 1024;
        return new BenchReport(
            clip, info.Width, info.Height, info.FrameRate, predictor.Device, predictor.DeviceDetail, predictor.ModelName,
            size.Width, size.Height, options.TargetFramesPerSecond, Math.Round(modelLoad.TotalSeconds, 3),
            decode, batches, batches[0], best, BatchSizes[batches.IndexOf(best)], endToEnd,
            decode.FramesPerSecond > 0 ? endToEnd.FramesPerSecond / decode.FramesPerSecond : 0,
            Math.Round(PeakMemorySampler.PeakWorkingSetBytes() / Mega, 1),
            Math.Round(memory.PeakManagedHeapBytes / Mega, 1),
            Math.Round(memory.AllocatedBytes / Mega, 1),
            motion,
            faceRate);
    }

    private static async Task<Throughput> FacesOnlyAsync(IFaceDetector faces, List<VideoFrame> frames, CancellationToken cancellationToken)
    {
        await faces.DetectAsync(frames.GetRange(0, 1), cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await faces.DetectAsync(frames, cancellationToken).ConfigureAwait(false);
        return new Throughput($"face channel ({faces.Name})", frames.Count, clock.Elapsed.TotalSeconds);
    }

    // CPU seconds so far of this process (every thread) and of its finished ffmpeg runs.
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + ChildCpuTime.Seconds();

    private static async Task<Throughput> DecodeOnlyAsync(FirstFramesDecoder decoder, string clip, VideoInfo info, FrameSize size, CancellationToken cancellationToken)
    {
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        long count = 0;
        await foreach (var _ in decoder.DecodeAsync(clip, info, size, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return new Throughput($"decode only (ffmpeg → {size} RGB24)", count, clock.Elapsed.TotalSeconds, CpuSeconds() - cpu);
    }

    // The first ModelFrames frames, repeated when the clip is shorter.
    private async Task<List<VideoFrame>> PreDecodeAsync(string clip, VideoInfo info, FrameSize size, CancellationToken cancellationToken)
    {
        var frames = new List<VideoFrame>(ModelFrames);
        await foreach (var frame in new FirstFramesDecoder(host.Decoder, ModelFrames).DecodeAsync(clip, info, size, cancellationToken).ConfigureAwait(false))
        {
            frames.Add(frame);
        }

        if (frames.Count == 0)
        {
            throw new InvalidDataException($"'{clip}' gave no frames.");
        }

        for (var i = frames.Count; i < ModelFrames; i++)
        {
            frames.Add(frames[i % frames.Count] with { Index = i });
        }

        return frames;
    }

    private async Task<Throughput> ModelOnlyAsync(List<VideoFrame> frames, int batch, CancellationToken cancellationToken)
    {
        await predictor.PredictAsync(frames.GetRange(0, batch), cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        for (var start = 0; start + batch <= frames.Count; start += batch)
        {
            await predictor.PredictAsync(frames.GetRange(start, batch), cancellationToken).ConfigureAwait(false);
        }

        return new Throughput($"model only, batch {batch}", frames.Count / batch * batch, clock.Elapsed.TotalSeconds);
    }
}
