using WebAttention.Pipeline.Metrics;

namespace WebAttention.Pipeline.Tests.Metrics;

public class SaliencyMetricsTests
{
    private static readonly float[] Ramp = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Fact]
    public void Nss_of_a_single_fixation_is_its_standardised_value()
    {
        // mean 1, sample std sqrt((1 + 1 + 1 + 9) / 3) = 2, so NSS = (4 − 1) / 2.
        Assert.Equal(1.5, SaliencyMetrics.Nss([0, 0, 0, 4], 2, 2, [new(1, 1)]), 12);
    }

    [Fact]
    public void Nss_counts_repeated_fixations_on_one_pixel_once()
    {
        Assert.Equal(0.5, SaliencyMetrics.Nss([0, 0, 0, 4], 2, 2, [new(1, 1), new(1, 1), new(0, 0)]), 12);
    }

    [Fact]
    public void Nss_is_undefined_for_a_constant_map_or_no_fixations()
    {
        Assert.True(double.IsNaN(SaliencyMetrics.Nss([2, 2, 2, 2], 2, 2, [new(0, 0)])));
        Assert.True(double.IsNaN(SaliencyMetrics.Nss([0, 0, 0, 4], 2, 2, [])));
    }

    [Fact]
    public void Cc_of_a_map_with_itself_is_1_and_with_its_negation_is_minus_1()
    {
        Assert.Equal(1.0, SaliencyMetrics.Cc(Ramp, Ramp, 4, 3), 12);
        Assert.Equal(-1.0, SaliencyMetrics.Cc(Ramp, [.. Ramp.Select(v => -v)], 4, 3), 12);
    }

    [Fact]
    public void Cc_matches_a_hand_computed_pearson_coefficient()
    {
        // Deviations (−1.5, −.5, .5, 1.5) and (−1.5, .5, −.5, 1.5): covariance sum 4, variance sums 5 and 5.
        Assert.Equal(0.8, SaliencyMetrics.Cc([1, 2, 3, 4], [1, 3, 2, 4], 2, 2), 12);
        Assert.True(double.IsNaN(SaliencyMetrics.Cc([1, 1, 1, 1], [1, 3, 2, 4], 2, 2)));
    }

    [Fact]
    public void Sim_of_identical_distributions_is_1_and_of_half_overlap_is_one_half()
    {
        Assert.Equal(1.0, SaliencyMetrics.Sim(Ramp, Ramp, 4, 3), 12);
        Assert.Equal(0.5, SaliencyMetrics.Sim([0, 1, 1, 0], [0, 1, 0, 0], 2, 2), 12);
    }

    [Fact]
    public void Sim_min_max_normalises_first_so_an_offset_does_not_matter()
    {
        Assert.Equal(1.0, SaliencyMetrics.Sim([1, 2, 1, 1], [0, 1, 0, 0], 2, 2), 12);
        Assert.Equal(0.0, SaliencyMetrics.Sim([0, 0, 0, 0], [0, 1, 0, 0], 2, 2), 12);
    }

    [Fact]
    public void Kld_of_identical_distributions_is_0()
    {
        Assert.Equal(0.0, SaliencyMetrics.Kld(Ramp, Ramp, 4, 3), 12);
    }

    [Fact]
    public void Kld_of_a_point_mass_against_a_uniform_pair_is_ln_2()
    {
        // Q = (1, 0), P = (.5, .5): 1 × ln(ε + 1 / (.5 + ε)) + 0.
        Assert.Equal(Math.Log(2), SaliencyMetrics.Kld([1, 1], [1, 0], 2, 1), 9);
    }

    [Fact]
    public void Kld_is_finite_where_the_prediction_is_zero_thanks_to_epsilon()
    {
        var kld = SaliencyMetrics.Kld([1, 0], [0, 1], 2, 1);

        Assert.Equal(Math.Log(SaliencyMetrics.Epsilon + (1 / SaliencyMetrics.Epsilon)), kld, 9);
    }

    [Fact]
    public void Auc_judd_of_a_perfect_map_is_1()
    {
        FixationPoint[] fixations = [new(1, 1), new(5, 2), new(8, 8), new(3, 7), new(9, 0)];
        var map = new float[100];
        foreach (var f in fixations)
        {
            map[(f.Y * 10) + f.X] = 1;
        }

        Assert.Equal(1.0, SaliencyMetrics.AucJudd(map, 10, 10, fixations), 12);
    }

    [Fact]
    public void Auc_judd_matches_a_hand_computed_roc_without_jitter()
    {
        // Normalised map (0, 1/3, 2/3, 1); fixations on 2/3 and 1/3. Thresholds 2/3: tp .5, fp (2 − 1) / 2;
        // 1/3: tp 1, fp (3 − 2) / 2. ROC (0,0) (.5,.5) (.5,1) (1,1): area .125 + 0 + .5.
        var auc = SaliencyMetrics.AucJudd([0.1f, 0.2f, 0.3f, 0.4f], 2, 2, [new(0, 1), new(1, 0)], jitter: false);

        Assert.Equal(0.625, auc, 12);
    }

    [Fact]
    public void Auc_judd_of_a_constant_map_is_chance_with_jitter_and_undefined_without()
    {
        var random = new Random(7);
        FixationPoint[] fixations = [.. Enumerable.Range(0, 200).Select(_ => new FixationPoint(random.Next(60), random.Next(60)))];
        var constant = Enumerable.Repeat(0.5f, 3600).ToArray();

        Assert.InRange(SaliencyMetrics.AucJudd(constant, 60, 60, fixations), 0.4, 0.6);
        Assert.True(double.IsNaN(SaliencyMetrics.AucJudd(constant, 60, 60, fixations, jitter: false)));
    }

    [Fact]
    public void Shuffled_auc_is_1_when_fixations_outrank_every_negative()
    {
        var map = new float[16];
        FixationPoint[] fixations = [new(0, 0), new(1, 1), new(2, 2)];
        foreach (var f in fixations)
        {
            map[(f.Y * 4) + f.X] = 1;
        }

        Assert.Equal(1.0, SaliencyMetrics.AucShuffled(map, 4, 4, fixations, [new(3, 0), new(0, 3), new(3, 3), new(2, 0)]), 12);
    }

    [Fact]
    public void Shuffled_auc_matches_a_hand_computed_roc_with_a_tie()
    {
        // Positives 1 and .5, negatives .5 and 0: ROC (0,0) (0,.5) (.5,1) (1,1), area .375 + .5.
        var auc = SaliencyMetrics.AucShuffled([1f, 0.5f, 0.5f, 0f], 2, 2, [new(0, 0), new(1, 0)], [new(0, 1), new(1, 1)]);

        Assert.Equal(0.875, auc, 12);
    }

    [Fact]
    public void Shuffled_auc_is_chance_when_negatives_fall_where_the_fixations_are()
    {
        var map = new float[] { 0.9f, 0.1f, 0.4f, 0.7f, 0.2f, 0.3f, 0.8f, 0.6f, 0.5f };
        FixationPoint[] fixations = [new(0, 0), new(1, 1), new(2, 2), new(0, 2)];

        Assert.Equal(0.5, SaliencyMetrics.AucShuffled(map, 3, 3, fixations, fixations), 12);
    }

    [Fact]
    public void Metrics_refuse_fixations_outside_the_map()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SaliencyMetrics.Nss([0, 0, 0, 4], 2, 2, [new(2, 0)]));
        Assert.Throws<ArgumentException>(() => SaliencyMetrics.Cc([1, 2, 3], [1, 2, 3], 2, 2));
    }
}
