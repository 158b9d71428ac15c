using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class GapInterpolationTests
{
    [Fact]
    public void Without_a_cut_the_weight_grows_linearly_across_the_gap()
    {
        Assert.Equal([0.25f, 0.5f, 0.75f], new long[] { 5, 6, 7 }.Select(f => GapInterpolation.WeightOfNext(4, 8, f, null)));
    }

    [Fact]
    public void With_a_cut_frames_hold_the_map_of_their_own_shot()
    {
        Assert.Equal([0f, 1f, 1f], new long[] { 5, 6, 7 }.Select(f => GapInterpolation.WeightOfNext(4, 8, f, 6)));
        Assert.Equal([0f, 0f, 0f], new long[] { 5, 6, 7 }.Select(f => GapInterpolation.WeightOfNext(4, 8, f, 8)));
    }

    [Fact]
    public void Frames_or_cuts_outside_the_gap_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GapInterpolation.WeightOfNext(4, 8, 8, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => GapInterpolation.WeightOfNext(4, 8, 5, 4));
    }
}
