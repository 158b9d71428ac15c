using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class WeightedNmsTests
{
    [Fact]
    public void Overlapping_boxes_blend_by_score_and_keep_the_best_score()
    {
        var a = new FaceCandidate(0.10, 0.10, 0.20, 0.20, 0.9);
        var b = new FaceCandidate(0.12, 0.10, 0.20, 0.20, 0.3);

        var merged = Assert.Single(WeightedNms.Apply([b, a], 0.3));

        Assert.Equal(((0.9 * 0.10) + (0.3 * 0.12)) / 1.2, merged.X, 9);
        Assert.Equal(0.20, merged.W, 9);
        Assert.Equal(0.9, merged.Score);
    }

    [Fact]
    public void Separate_faces_stay_separate_best_first()
    {
        var left = new FaceCandidate(0.1, 0.1, 0.1, 0.1, 0.7);
        var right = new FaceCandidate(0.6, 0.1, 0.1, 0.1, 0.8);

        var merged = WeightedNms.Apply([left, right], 0.3);

        Assert.Equal([0.8, 0.7], merged.Select(m => m.Score));
        Assert.Equal(0.6, merged[0].X, 9);
        Assert.Equal(0.1, merged[1].X, 9);
    }

    [Fact]
    public void Boxes_overlapping_less_than_the_threshold_are_not_merged()
    {
        // IoU of these two is 1/3.
        var a = new FaceCandidate(0.0, 0.0, 0.2, 0.2, 0.9);
        var b = new FaceCandidate(0.1, 0.0, 0.2, 0.2, 0.8);

        Assert.Equal(1.0 / 3, a.IoU(b), 9);
        Assert.Equal(2, WeightedNms.Apply([a, b], 0.4).Count);
        Assert.Single(WeightedNms.Apply([a, b], 0.3));
    }
}
