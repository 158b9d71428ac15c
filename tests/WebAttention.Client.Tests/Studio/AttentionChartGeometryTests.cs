using WebAttention.Client.Studio;

namespace WebAttention.Client.Tests.Studio;

public class AttentionChartGeometryTests
{
    [Fact]
    public void Samples_are_placed_at_their_frames_with_one_at_the_top_and_zero_at_the_bottom()
    {
        // 4 samples every 25 frames of a 100-frame clip: x = 0, 250, 500, 750.
        var points = AttentionChartGeometry.Points([1f, 0f, 0.5f, 2f], 25, 100);

        Assert.Equal("0,0 250,100 500,50 750,0", points);
    }

    [Fact]
    public void The_sample_of_a_frame_is_the_one_at_or_before_it()
    {
        Assert.Equal(0, AttentionChartGeometry.SampleAt(24, 25, 4));
        Assert.Equal(1, AttentionChartGeometry.SampleAt(25, 25, 4));
        Assert.Equal(3, AttentionChartGeometry.SampleAt(999, 25, 4));
        Assert.Equal(-1, AttentionChartGeometry.SampleAt(3, 25, 0));
    }
}
