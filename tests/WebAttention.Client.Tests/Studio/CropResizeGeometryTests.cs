using WebAttention.Client.Studio;
using WebAttention.Core.Reframing;

namespace WebAttention.Client.Tests.Studio;

public class CropResizeGeometryTests
{
    private static readonly AspectRatio Portrait = new(9, 16);

    // The largest 9:16 window of 1920×1080 is 607.5×1080.
    private static readonly Rect Full = new(656, 0, 607.5, 1080);

    [Fact]
    public void Dragging_a_corner_halfway_in_halves_the_window_around_its_centre_keeping_the_aspect()
    {
        var resized = CropResizeGeometry.Resize(Full, CropCorner.BottomRight, -151.875, -270, Portrait, 1920, 1080);

        Assert.Equal(new Rect(807.875, 270, 303.75, 540), resized);
        Assert.Equal(9.0 / 16, resized.W / resized.H, 9);
        Assert.Equal(2, CropResizeGeometry.ZoomOf(resized.W, Portrait, 1920, 1080), 9);
    }

    [Fact]
    public void The_opposite_corner_dragged_outwards_shrinks_nothing_but_grows_the_same_way()
    {
        var half = new Rect(807.875, 270, 303.75, 540);

        var grown = CropResizeGeometry.Resize(half, CropCorner.TopLeft, -151.875, -270, Portrait, 1920, 1080);

        Assert.Equal(Full, grown);
    }

    [Fact]
    public void A_window_never_shrinks_below_a_quarter_of_the_largest()
    {
        var tiny = CropResizeGeometry.Resize(Full, CropCorner.TopRight, -5000, 5000, Portrait, 1920, 1080);

        Assert.Equal(607.5 / 4, tiny.W, 9);
        Assert.Equal(1080.0 / 4, tiny.H, 9);
        Assert.Equal(CropResizeGeometry.MaxZoom, CropResizeGeometry.ZoomOf(tiny.W, Portrait, 1920, 1080));
    }

    [Fact]
    public void A_window_never_grows_past_the_largest_and_is_shifted_back_inside_the_frame()
    {
        var atLeftEdge = new Rect(0, 270, 303.75, 540);

        var grown = CropResizeGeometry.Resize(atLeftEdge, CropCorner.TopLeft, -2000, -2000, Portrait, 1920, 1080);

        Assert.Equal(new Rect(0, 0, 607.5, 1080), grown);
    }

    [Theory]
    [InlineData("nw", CropCorner.TopLeft)]
    [InlineData("ne", CropCorner.TopRight)]
    [InlineData("sw", CropCorner.BottomLeft)]
    [InlineData("se", CropCorner.BottomRight)]
    public void Corner_names_from_the_stage_parse(string name, CropCorner corner)
    {
        Assert.Equal(corner, CropCornerNames.Parse(name));
    }

    [Fact]
    public void An_unknown_corner_name_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => CropCornerNames.Parse("middle"));
    }
}
