using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;
using WebAttention.Training.Datasets;

namespace WebAttention.Training.Video;

/// <summary>
/// Fits the focus track's evidence knobs (<see cref="FocusOptions.CentreMargin"/>, <see cref="FocusOptions.ConfidencePower"/>)
/// on the fit videos by the mean gaze share of the solved 9:16 path (video model maps, best-mass window focus), on a small grid.
/// </summary>
public static class FocusKnobFitter
{
    /// <summary>Centre margins searched (mass-share gain at which the focus goes halfway off-centre).</summary>
    public static IReadOnlyList<double> CentreMargins { get; } = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4];

    /// <summary>Centre weights searched in the centroid mode (the frame centre as one more candidate).</summary>
    public static IReadOnlyList<double> CentreWeights { get; } = [0, 0.25, 0.5];

    /// <summary>Confidence powers searched (0: every frame weighs the same).</summary>
    public static IReadOnlyList<double> ConfidencePowers { get; } = [0, 1, 2];

    /// <summary>The best knobs and their mean gaze share on <paramref name="fit"/>.</summary>
    public static (FocusOptions Focus, double GazeShare) Fit(
        Reframer reframer, IReadOnlyList<(GazeVideo Video, RecordedClip Clip)> fit, VideoFusionWeights weights, ReframeRequest request, Action<string>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(request);
        var maps = fit.Select(p => VideoRows.VideoModel(p.Clip, weights)).ToList();
        var gaze = fit.Select(p => GazeReframe.Points(p.Video)).ToList();
        var best = (Focus: new FocusOptions(), Share: double.NegativeInfinity);
        var candidates = CentreMargins.SelectMany(m => ConfidencePowers.Select(p => new FocusOptions { MassWindowWidth = 1, CentreMargin = m, ConfidencePower = p }))
            .Concat(CentreWeights.SelectMany(c => ConfidencePowers.Select(p => new FocusOptions { CentreWeight = c, ConfidencePower = p })));
        foreach (var focus in candidates)
        {
            {
                var shares = fit.Select((p, i) => GazeShare.Share(
                    GazeReframe.Solve(reframer, p.Clip, maps[i], request with { Focus = VideoAttention.WithWindow(focus, request.Aspect, new(p.Clip.Width, p.Clip.Height)) }, cancellationToken).Frames,
                    gaze[i])).ToList();
                var mean = shares.Average();
                log?.Invoke($"focus {(focus.MassWindowWidth > 0 ? $"mass window, centre margin {focus.CentreMargin}" : $"centroid, centre weight {focus.CentreWeight}")}, power {focus.ConfidencePower}: mean gaze share {mean:0.0000} ({string.Join(", ", shares.Select(s => s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))})");
                if (mean > best.Share + 1e-9)
                {
                    best = (focus, mean);
                }
            }
        }

        return best;
    }
}
