using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Tests.Fusion;

public class VideoChannelFusionTests
{
    private static readonly VideoFusionWeights ModelOnly = new(1, 0, 0.2, 0, 0, 0, 0.25, 0);

    [Fact]
    public void With_only_the_model_weighted_the_map_is_the_model_peak_normalised()
    {
        var channels = new VideoChannels(0, 2, 2, [2f, 1f, 0.5f, 0f], [], [], []);

        var fused = VideoChannelFusion.Fuse(channels, ModelOnly, new float[4]);

        Assert.Equal([1f, 0.5f, 0.25f, 0f], fused.Select(v => MathF.Round(v, 5)));
    }

    [Fact]
    public void A_positive_static_weight_discounts_the_overlay_and_the_centre_weight_raises_the_centre()
    {
        var channels = new VideoChannels(0, 2, 1, [1f, 1f], [], [], [1f, 0f]);
        var weights = ModelOnly with { Static = Math.Log(4) };

        var fused = VideoChannelFusion.Fuse(channels, weights, new float[2]);
        var centred = VideoChannelFusion.Fuse(channels with { Static = [] }, ModelOnly with { Centre = Math.Log(2) }, [0f, 1f]);

        Assert.Equal([0.25f, 1f], fused.Select(v => MathF.Round(v, 5)));
        Assert.Equal([0.5f, 1f], centred.Select(v => MathF.Round(v, 5)));
    }

    [Fact]
    public void Ambiguity_is_one_for_a_flat_map_small_for_one_peak_and_grows_with_the_spread_of_the_mass()
    {
        var flat = Enumerable.Repeat(1f, 16).ToArray();
        var peak = new float[16];
        peak[5] = 1;
        var twoPeaks = new float[16];
        (twoPeaks[0], twoPeaks[15]) = (1, 1);

        Assert.Equal(1, VideoChannelFusion.Ambiguity(flat, 4, 4), 9);
        Assert.Equal(1, VideoChannelFusion.Ambiguity(new float[16], 4, 4), 9); // no evidence at all
        Assert.Equal(0, VideoChannelFusion.Ambiguity(peak, 4, 4), 9);
        Assert.True(VideoChannelFusion.Ambiguity(twoPeaks, 4, 4) > 1.2);      // opposite corners: more spread than uniform
        Assert.Throws<ArgumentException>(() => VideoChannelFusion.Ambiguity(flat, 4, 3));
    }

    [Fact]
    public void The_centre_leans_harder_on_a_spread_map_than_on_a_peaked_one()
    {
        // A 3x1 grid, centre prior only at the middle cell; the gated centre weight alone.
        var weights = new VideoFusionWeights(0, 0, 0.2, 0, 0, 0, 0.25, 0, CentreAmbiguity: Math.Log(4));
        float[] centre = [0f, 1f, 0f];
        var spread = VideoChannelFusion.Fuse(new VideoChannels(0, 3, 1, [1f, 0f, 1f], [], [], []), weights, centre);
        var peaked = VideoChannelFusion.Fuse(new VideoChannels(0, 3, 1, [0f, 1f, 0f], [], [], []), weights, centre);

        Assert.Equal(Math.Pow(4, -Math.Sqrt(1.5)), spread[0], 4); // mass at x = 1/6 and 5/6: variance 1/9 over a flat map's 2/27, the centre weighs 4^a
        Assert.Equal(1f, peaked[0], 4);                                // ambiguity 0: no centre term at all
    }

    [Fact]
    public void Smoothing_factor_follows_the_time_constant_and_the_analysis_rate()
    {
        Assert.Equal(1, ModelOnly.SmoothingFactorAt(5));
        Assert.Equal(1 - Math.Exp(-1), (ModelOnly with { SmoothingSeconds = 0.2 }).SmoothingFactorAt(5), 9);
    }

    [Fact]
    public void Invalid_weights_are_named()
    {
        Assert.Contains("Static", (ModelOnly with { Static = double.NaN }).Validate());
        Assert.Null(ModelOnly.Validate());
    }

    [Fact]
    public void Composer_interpolates_between_analysed_frames_and_holds_across_a_cut()
    {
        SaliencyMap[] analysed = [new(0, 1, 1, [0f]), new(4, 1, 1, [1f]), new(8, 1, 1, [0f])];

        var maps = VideoMapComposer.Compose(analysed, 10, new HashSet<long> { 6 }, 1);

        Assert.Equal(10, maps.Count);
        Assert.Equal([0f, 0.25f, 0.5f, 0.75f, 1f, 1f, 0f, 0f, 0f, 0f], maps.Select(m => m.Values[0]));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), maps.Select(m => m.FrameIndex));
    }

    [Fact]
    public void Composer_smooths_analysed_maps_with_the_factor()
    {
        SaliencyMap[] analysed = [new(0, 1, 1, [0f]), new(1, 1, 1, [1f])];

        var maps = VideoMapComposer.Compose(analysed, 2, new HashSet<long>(), 0.25);

        Assert.Equal(0.25f, maps[1].Values[0]);
    }
}
