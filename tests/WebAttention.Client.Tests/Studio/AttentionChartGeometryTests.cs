using WebAttention.Client.Studio;

namespace WebAttention.Client.Tests.Studio;

public class AttentionChartGeometryTests
{
    [Fact]
    public void The_plot_spans_frame_zero_to_the_last_samples_frame()
    {
        // 4 samples every 25 frames: the chart's right edge is frame 75.
        Assert.Equal(75, AttentionChartGeometry.LastFrame(25, 4));
        Assert.Equal(0, AttentionChartGeometry.X(0, 75));
        Assert.Equal(400, AttentionChartGeometry.X(30, 75));
        Assert.Equal(1000, AttentionChartGeometry.X(75, 75));
        Assert.Equal(1000, AttentionChartGeometry.X(99, 75));
        Assert.Equal(0, AttentionChartGeometry.X(10, 0));
    }

    [Fact]
    public void Values_are_clamped_to_the_charts_zero_to_one_axis()
    {
        Assert.Equal([1, 0, 0.5, 1, 0], AttentionChartGeometry.Values([1f, -1f, 0.5f, 2f, float.NaN]));
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
