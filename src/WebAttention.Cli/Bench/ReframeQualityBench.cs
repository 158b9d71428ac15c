using WebAttention.Cli.Hosting;
using WebAttention.Cli.Reframe;
using WebAttention.Core.Media;
using WebAttention.Inference.Prediction;
using WebAttention.Pipeline.Analysis;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Storage;
using WebAttention.Reframing;
using WebAttention.Reframing.Focus;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;

namespace WebAttention.Cli.Bench;

/// <summary>
/// One clip of <c>bench-reframe</c>: the attention pipeline (a map for every frame, in memory), shots on every frame,
/// our solved path, then <see cref="ReframeBenchmark"/> on the path, the fixed centre crop and the per-frame greedy window.
/// </summary>
internal sealed class ReframeQualityBench(CliHost host, OnnxSaliencyPredictor predictor, Reframer reframer, AnalysisOptions options)
{
    public async Task<ReframeQualityRow> MeasureAsync(string clip, string name, ReframeRequest request, CancellationToken cancellationToken)
    {
        var info = await host.Probe.GetVideoInfoAsync(clip, cancellationToken).ConfigureAwait(false);
        var source = new FrameSize(info.Width, info.Height);
        var sink = new InMemorySaliencySink();
        var analysis = await host.Analyzer.AnalyzeAsync(clip, info, predictor, sink, options, null, cancellationToken).ConfigureAwait(false);
        var maps = sink.Maps;
        var frames = maps.Count;
        if (frames == 0)
        {
            throw new InvalidDataException($"{name}: the analysis gave no maps.");
        }

        // The cuts the analysis found on every frame, as reframe reads them from shots.json.
        var shots = ShotSegmenter.FromCuts(analysis.ShotCuts, frames);

        var focus = FocusTracker.FromMaps(maps, null, source, request.Focus, cancellationToken);
        var path = reframer.Reframe(focus, shots, source, info.FrameRate, request, cancellationToken);
        var result = ReframeBenchmark.Run(path, maps);
        return Row(name, info.Width, info.Height, info.FrameRate, frames, shots.Count, string.Join(", ", path.Shots.Select(s => s.Mode)), result.Path, result.CentreCrop, result.Greedy);
    }

    /// <summary>A row with its ratios.</summary>
    public static ReframeQualityRow Row(string name, int width, int height, double fps, long frames, int shots, string modes, PathQuality ours, PathQuality centre, PathQuality greedy) =>
        new(name, width, height, fps, frames, shots, modes, ours, centre, greedy, ours.SaliencyShare / greedy.SaliencyShare, greedy.Jerk > 0 ? ours.Jerk / greedy.Jerk : double.NaN);

    /// <summary>Frame-weighted means of every measure over <paramref name="rows"/> (null when there are none).</summary>
    public static ReframeQualityRow? Overall(IReadOnlyList<ReframeQualityRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var frames = rows.Sum(r => r.Frames);
        PathQuality Mean(Func<ReframeQualityRow, PathQuality> pick) => new(
            rows.Sum(r => pick(r).SaliencyShare * r.Frames) / frames,
            rows.Sum(r => pick(r).Jerk * r.Frames) / frames,
            rows.Sum(r => pick(r).CutsPerMinute * r.Frames) / frames);
        return Row("all clips (frame-weighted)", 0, 0, 0, frames, rows.Sum(r => r.Shots), string.Empty, Mean(r => r.Ours), Mean(r => r.CentreCrop), Mean(r => r.Greedy));
    }
}
