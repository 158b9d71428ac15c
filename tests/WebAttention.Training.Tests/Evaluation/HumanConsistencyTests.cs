using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;
using WebAttention.Training.Datasets;
using WebAttention.Training.Evaluation;

namespace WebAttention.Training.Tests.Evaluation;

public sealed class HumanConsistencyTests
{
    [Fact]
    public void Subjects_who_look_at_one_spot_predict_each_other_well()
    {
        var fixations = Enumerable.Range(1, 4).SelectMany(s => new[] { new SubjectFixation(s, 10 + s, 12), new SubjectFixation(s, 12, 10 + s) }).ToList();
        FixationPoint[] negatives = [new(50, 40), new(30, 30), new(5, 45)];

        var scores = HumanConsistency.Score(fixations, new FrameSize(64, 48), negatives, 3);

        Assert.True(scores.Nss > 2, $"NSS {scores.Nss}");
        Assert.True(scores.AucJudd > 0.9, $"AUC {scores.AucJudd}");
        Assert.True(scores.AucShuffled > 0.9, $"sAUC {scores.AucShuffled}");
    }

    [Fact]
    public void One_subject_alone_gives_undefined_scores()
    {
        var scores = HumanConsistency.Score([new SubjectFixation(1, 5, 5)], new FrameSize(16, 16), [], 2);

        Assert.True(double.IsNaN(scores.Nss));
    }
}
