using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Studio;

public class CropGeometryTests
{
    [Fact]
    public void Largest_9x16_window_of_a_1080p_frame_is_full_height_and_centred()
    {
        var window = CropGeometry.LargestWindow(new AspectRatio(9, 16), 1920, 1080);

        Assert.Equal(607.5, window.W, 3);
        Assert.Equal(1080, window.H, 3);
        Assert.Equal(960, window.CenterX, 3);
        Assert.Equal(0, window.Y, 3);
    }

    [Fact]
    public void Largest_16x9_window_of_a_portrait_frame_is_full_width()
    {
        var window = CropGeometry.LargestWindow(new AspectRatio(16, 9), 1080, 1920);

        Assert.Equal(1080, window.W, 3);
        Assert.Equal(607.5, window.H, 3);
    }

    [Fact]
    public void Dragging_keeps_the_size_and_so_the_aspect()
    {
        var start = new Rect(600, 0, 607.5, 1080);

        var moved = CropGeometry.Drag(start, 100, 50, 1920, 1080);

        Assert.Equal(700, moved.X, 3);
        Assert.Equal(start.W / start.H, moved.W / moved.H, 6);
        Assert.Equal(0, moved.Y, 3); // full height: cannot move vertically
    }

    [Theory]
    [InlineData(-5000, 0)]
    [InlineData(5000, 1920 - 607.5)]
    public void Dragging_past_an_edge_stops_at_the_edge(double dx, double expectedX)
    {
        var moved = CropGeometry.Drag(new Rect(600, 0, 607.5, 1080), dx, 0, 1920, 1080);

        Assert.Equal(expectedX, moved.X, 3);
    }

    [Fact]
    public void A_window_wider_than_the_frame_is_centred_on_that_axis()
    {
        var moved = CropGeometry.Drag(new Rect(0, 0, 2000, 1080), 300, 0, 1920, 1080);

        Assert.Equal(-40, moved.X, 3);
    }

    [Fact]
    public void Centring_near_a_corner_clamps_inside_the_frame()
    {
        var window = CropGeometry.CenteredAt(10, 10, 400, 400, 1920, 1080);

        Assert.Equal(new Rect(0, 0, 400, 400), window);
    }

    [Fact]
    public void Contain_letterboxes_a_wide_source_in_a_tall_element()
    {
        var map = ViewportMapping.Contain(960, 1080, 1920, 1080);

        Assert.Equal(0.5, map.Scale, 6);
        Assert.Equal(0, map.OffsetX, 6);
        Assert.Equal(270, map.OffsetY, 6);
    }

    [Fact]
    public void Screen_and_source_points_map_both_ways()
    {
        var map = ViewportMapping.Contain(1000, 1000, 1920, 1080);

        var screen = map.ToScreen(960, 540);
        var back = map.ToSource(screen.X, screen.Y);

        Assert.Equal((500.0, 500.0), (Math.Round(screen.X, 6), Math.Round(screen.Y, 6)));
        Assert.Equal(960, back.X, 6);
        Assert.Equal(540, back.Y, 6);
        Assert.Equal(100, map.ToSourceLength(100 * map.Scale), 6);
    }

    [Fact]
    public void A_source_window_maps_to_a_scaled_screen_rectangle()
    {
        var map = ViewportMapping.Contain(960, 540, 1920, 1080);

        Assert.Equal(new Rect(300, 0, 303.75, 540), map.ToScreen(new Rect(600, 0, 607.5, 1080)));
    }
}
