using WebAttention.Core.Media;

namespace WebAttention.Core.Tests.Media;

public class FaceBoxSpaceTests
{
    [Fact]
    public void A_normalised_box_scales_to_the_pixels_of_a_1920_by_1080_frame()
    {
        var box = FaceBoxSpace.NormalisedToPixels(1920, 1080).Box(0.25, 0.5, 0.125, 0.25);

        Assert.Equal((480d, 540d, 240d, 270d), box);
    }

    [Fact]
    public void A_box_in_a_letterboxed_square_view_lands_on_the_frame_normalised()
    {
        // A 1920×1080 frame letterboxed into a 1920-px square starting 420 px above the frame:
        // the view's (0.5, 0.5, 0.25, 0.125) is pixel (960, −420 + 960 = 540) and size (480, 240).
        var box = FaceBoxSpace.SquareViewToNormalised(0, -420, 1920, 1920, 1080).Box(0.5, 0.5, 0.25, 0.125);

        Assert.Equal((0.5, 0.5, 0.25, 240d / 1080), box);
    }

    [Fact]
    public void A_centre_and_a_size_are_converted_with_the_same_rule_as_a_box()
    {
        var grid = FaceBoxSpace.NormalisedToPixels(24, 18);

        Assert.Equal((12d, 4.5), grid.Point(0.5, 0.25));
        Assert.Equal((6d, 9d), grid.Size(0.25, 0.5));
    }
}
