using WebAttention.Pipeline.Metrics;

namespace WebAttention.Pipeline.Tests.Metrics;

public class FixationDensityTests
{
    [Fact]
    public void A_single_fixation_becomes_a_normalised_gaussian_centred_on_it()
    {
        const double sigma = 2;
        var density = FixationDensity.Build([new(10, 10)], 21, 21, sigma);

        Assert.Equal(1.0, density.Sum(v => (double)v), 5);
        Assert.Equal((10 * 21) + 10, Array.IndexOf(density, density.Max()));
        Assert.Equal(density[(10 * 21) + 9], density[(10 * 21) + 11], 7);
        Assert.Equal(density[(9 * 21) + 10], density[(10 * 21) + 9], 7);
        Assert.Equal(Math.Exp(1 / (2 * sigma * sigma)), density[(10 * 21) + 10] / density[(10 * 21) + 11], 4);
    }

    [Fact]
    public void Repeated_fixations_weigh_more()
    {
        var density = FixationDensity.Build([new(2, 5), new(2, 5), new(17, 5)], 20, 11, 1.5);

        Assert.Equal(2.0, density[(5 * 20) + 2] / density[(5 * 20) + 17], 4);
    }

    [Fact]
    public void No_fixations_give_an_all_zero_map()
    {
        Assert.All(FixationDensity.Build([], 4, 4, 24), v => Assert.Equal(0f, v));
    }
}
