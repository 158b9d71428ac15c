using WebAttention.Training.Datasets;
using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;

namespace WebAttention.Training.Evaluation;

/// <summary>
/// Leave-one-subject-out human consistency, the "how well can a model do" reference: for each subject, the map is
/// the fixation density (σ px) of the other subjects' fixations, scored against the left-out subject's fixations
/// (NSS, AUC-Judd, sAUC) and their density (CC, SIM, KLD); the image's score is the mean over subjects. Pure.
/// </summary>
public static class HumanConsistency
{
    /// <summary>Mean scores over the subjects of one image; NaN scores when fewer than two subjects looked at it.</summary>
    public static MetricScores Score(IReadOnlyList<SubjectFixation> fixations, FrameSize size, IReadOnlyList<FixationPoint> negatives, double sigma)
    {
        ArgumentNullException.ThrowIfNull(fixations);
        var bySubject = fixations.GroupBy(f => f.Subject).ToList();
        if (bySubject.Count < 2)
        {
            return MetricMean.Of([]);
        }

        var perSubject = new List<MetricScores>(bySubject.Count);
        foreach (var subject in bySubject)
        {
            var own = FixationGrid.ToPixels(subject, size);
            var others = FixationGrid.ToPixels(fixations.Where(f => f.Subject != subject.Key), size);
            if (own.Count == 0 || others.Count == 0)
            {
                continue;
            }

            var map = SparseFixationDensity.Build(others, size.Width, size.Height, sigma);
            var density = SparseFixationDensity.Build(own, size.Width, size.Height, sigma);
            perSubject.Add(MetricScorer.Score(map, size.Width, size.Height, own, density, negatives));
        }

        return MetricMean.Of(perSubject);
    }
}
