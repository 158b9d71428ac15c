using WebAttention.Pipeline.Metrics;
using WebAttention.Training.Evaluation;

namespace WebAttention.Training.Tests.Evaluation;

public sealed class SparseFixationDensityTests
{
    [Fact]
    public void It_equals_the_blurred_density_of_the_pipeline_including_repeats_and_borders()
    {
        FixationPoint[] fixations = [new(0, 0), new(10, 7), new(10, 7), new(39, 29), new(20, 15)];

        var sparse = SparseFixationDensity.Build(fixations, 40, 30, 3.5);
        var dense = FixationDensity.Build(fixations, 40, 30, 3.5);

        Assert.Equal(dense.Length, sparse.Length);
        for (var i = 0; i < dense.Length; i++)
        {
            Assert.Equal(dense[i], sparse[i], 1e-6f);
        }
    }

    [Fact]
    public void Without_fixations_the_map_is_all_zero()
    {
        Assert.All(SparseFixationDensity.Build([], 8, 6, 2), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void A_fixation_outside_the_grid_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SparseFixationDensity.Build([new FixationPoint(8, 0)], 8, 6, 2));
    }
}
