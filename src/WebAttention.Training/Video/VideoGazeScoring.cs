using WebAttention.Training.Evaluation;
using WebAttention.Training.Datasets;
using WebAttention.Core.Media;
using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Maps;
using WebAttention.Pipeline.Metrics;

namespace WebAttention.Training.Video;

/// <summary>
/// Scores per-frame maps of one video against its viewers' gaze, frame by frame, on a grid a quarter of the frame's
/// size (<see cref="GridDivisor"/>): NSS, CC, SIM, KLD, AUC-Judd and shuffled AUC with negatives from frames at least
/// <see cref="ShuffleSeconds"/> away; with a centre Gaussian (σ = W/4, H/4) and leave-one-viewer-out humans as
/// references. A video's score is the mean over its frames with gaze. Pure.
/// </summary>
public static class VideoGazeScoring
{
    /// <summary>The scoring grid is the frame size divided by this.</summary>
    public const int GridDivisor = 4;

    /// <summary>Shuffled-AUC negatives come from frames at least this far away.</summary>
    public const double ShuffleSeconds = 2;

    /// <summary>σ of the gaze density as a fraction of the frame width (≈ 1° of visual angle, as OSIE's 24 px of 800).</summary>
    public const double SigmaFraction = 0.03;

    /// <summary>The scoring grid of a <paramref name="width"/> × <paramref name="height"/> video.</summary>
    public static FrameSize Grid(int width, int height) => new(Math.Max(1, width / GridDivisor), Math.Max(1, height / GridDivisor));

    /// <summary>Mean scores of each row's maps, of the centre Gaussian and of the humans.</summary>
    public static (IReadOnlyList<MetricScores> Rows, MetricScores Centre, MetricScores Human, int Frames) Score(
        GazeVideo video, int width, int height, double frameRate, IReadOnlyList<IReadOnlyList<SaliencyMap>> rows)
    {
        ArgumentNullException.ThrowIfNull(video);
        ArgumentNullException.ThrowIfNull(rows);
        var grid = Grid(width, height);
        var sigma = SigmaFraction * grid.Width;
        var frames = video.ByFrame.Select(g => g.Key).Where(f => rows.All(r => f < r.Count)).Order().ToArray();
        var points = frames.ToDictionary(f => f, f => FixationGrid.ToPixels(OnGrid(video.ByFrame[f]), grid));
        var centre = CenterBias.Map(grid.Width, grid.Height);
        var gap = (int)Math.Ceiling(ShuffleSeconds * frameRate);
        var results = new (MetricScores[] Rows, MetricScores Centre, MetricScores Human)?[frames.Length];
        Parallel.For(0, frames.Length, i =>
        {
            var f = frames[i];
            var own = points[f];
            if (own.Count == 0)
            {
                return;
            }

            var negatives = frames.Where(g => Math.Abs(g - f) >= gap).SelectMany(g => points[g]).ToList();
            var density = SparseFixationDensity.Build(own, grid.Width, grid.Height, sigma);
            var scored = new MetricScores[rows.Count];
            var upsampled = new float[grid.Width * grid.Height];
            for (var r = 0; r < rows.Count; r++)
            {
                var map = rows[r][f];
                MapResampler.ResizeBilinear(map.Values, map.Width, map.Height, upsampled, grid.Width, grid.Height);
                scored[r] = MetricScorer.Score(upsampled, grid.Width, grid.Height, own, density, negatives);
            }

            results[i] = (
                scored,
                MetricScorer.Score(centre, grid.Width, grid.Height, own, density, negatives),
                HumanConsistency.Score([.. OnGrid(video.ByFrame[f])], grid, negatives, sigma));
        });
        var done = results.OfType<(MetricScores[] Rows, MetricScores Centre, MetricScores Human)>().ToList();
        return (
            Enumerable.Range(0, rows.Count).Select(r => MetricMean.Of(done.Select(d => d.Rows[r]))).ToList(),
            MetricMean.Of(done.Select(d => d.Centre)),
            MetricMean.Of(done.Select(d => d.Human)),
            done.Count);
    }

    private static IEnumerable<SubjectFixation> OnGrid(IEnumerable<GazeSample> samples) =>
        samples.Select(s => new SubjectFixation(s.Subject, s.X / GridDivisor, s.Y / GridDivisor));
}
