using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Smoothing;

namespace WebAttention.Pipeline.Tests.Smoothing;

public class TemporalSmootherTests
{
    private static SaliencyMap Map(long frame, float value) => new(frame, 2, 1, [value, value]);

    [Fact]
    public void The_first_map_passes_through_and_later_ones_are_averaged()
    {
        var smoother = new TemporalSmoother(0.5);

        Assert.Equal([8f, 8f], smoother.Next(Map(0, 8), cutBefore: false).Values);
        Assert.Equal([4f, 4f], smoother.Next(Map(5, 0), cutBefore: false).Values);
        Assert.Equal([2f, 2f], smoother.Next(Map(10, 0), cutBefore: false).Values);
    }

    [Fact]
    public void A_cut_restarts_the_average()
    {
        var smoother = new TemporalSmoother(0.5);
        smoother.Next(Map(0, 8), cutBefore: false);

        Assert.Equal([0f, 0f], smoother.Next(Map(1, 0), cutBefore: true).Values);
    }

    [Fact]
    public void Returned_maps_are_copies_the_caller_may_change()
    {
        var smoother = new TemporalSmoother(0.5);
        var first = smoother.Next(Map(0, 8), cutBefore: false);
        first.Values[0] = 1000;

        Assert.Equal([4f, 4f], smoother.Next(Map(1, 0), cutBefore: false).Values);
        Assert.Equal(2, smoother.Next(Map(2, 0), cutBefore: false).FrameIndex);
    }

    [Fact]
    public void Smoothing_a_sequence_restarts_wherever_a_cut_lies_between_two_maps()
    {
        SaliencyMap[] maps = [Map(0, 8), Map(4, 0), Map(8, 8), Map(12, 8)];

        var smoothed = TemporalSmoother.Smooth(maps, 0.5, new HashSet<long> { 6 }).Select(m => m.Values[0]);

        Assert.Equal([8f, 4f, 8f, 8f], smoothed);
    }
}
