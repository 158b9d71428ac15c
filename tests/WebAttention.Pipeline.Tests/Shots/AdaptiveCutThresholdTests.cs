using WebAttention.Pipeline.Shots;

namespace WebAttention.Pipeline.Tests.Shots;

public class AdaptiveCutThresholdTests
{
    private static readonly HistogramCutOptions Options = new() { MinDistance = 0.3, Sensitivity = 2, MinShotFrames = 5 };

    [Fact]
    public void The_threshold_is_the_floor_until_the_shot_has_history()
    {
        Assert.Equal(0.3, AdaptiveCutThreshold.Threshold([], Options));
        Assert.Equal(0.3, AdaptiveCutThreshold.Threshold([0.01, 0.03], Options), 12);
    }

    [Fact]
    public void A_busy_shot_raises_the_threshold_to_mean_plus_k_sigma()
    {
        // Mean .4, population std .2: .4 + 2 × .2.
        Assert.Equal(0.8, AdaptiveCutThreshold.Threshold([0.2, 0.6, 0.2, 0.6], Options), 12);
    }

    [Fact]
    public void A_jump_is_a_cut_only_after_the_minimum_shot_length()
    {
        Assert.False(AdaptiveCutThreshold.IsCut(0.9, [0.01, 0.02], framesSinceCut: 4, Options));
        Assert.True(AdaptiveCutThreshold.IsCut(0.9, [0.01, 0.02], framesSinceCut: 5, Options));
        Assert.False(AdaptiveCutThreshold.IsCut(0.25, [0.01, 0.02], framesSinceCut: 50, Options));
    }
}
