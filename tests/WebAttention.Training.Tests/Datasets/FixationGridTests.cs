using WebAttention.Core.Media;
using WebAttention.Pipeline.Metrics;
using WebAttention.Training.Datasets;

namespace WebAttention.Training.Tests.Datasets;

public sealed class FixationGridTests
{
    [Fact]
    public void Fixations_map_to_the_pixel_that_holds_them_and_outside_ones_are_dropped()
    {
        var pixels = FixationGrid.ToPixels(
            [new(1, 0, 0), new(1, 799.9, 599.9), new(1, 10.7, 3.2), new(2, -0.5, 3), new(2, 800, 10), new(2, double.NaN, 1)],
            new FrameSize(800, 600));

        Assert.Equal([new FixationPoint(0, 0), new FixationPoint(799, 599), new FixationPoint(10, 3)], pixels);
    }
}
