using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class FaceViewLayoutTests
{
    [Fact]
    public void Letterbox_of_a_wide_frame_pads_top_and_bottom_equally()
    {
        Assert.Equal(new SquareView(0, -420, 1920), FaceViewLayout.Letterbox(1920, 1080));
        Assert.Equal(new SquareView(-60, 0, 480), FaceViewLayout.Letterbox(360, 480));
    }

    [Fact]
    public void A_16_by_9_frame_gets_three_overlapping_full_height_tiles_edge_to_edge()
    {
        var tiles = FaceViewLayout.Tiles(1920, 1080);

        Assert.Equal([new SquareView(0, 0, 1080), new SquareView(420, 0, 1080), new SquareView(840, 0, 1080)], tiles);
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(640, 200)]
    [InlineData(400, 1000)]
    [InlineData(3000, 1000)]
    public void Tiles_cover_the_long_side_with_at_least_the_minimum_overlap(int width, int height)
    {
        var tiles = FaceViewLayout.Tiles(width, height);
        var horizontal = width >= height;
        var starts = tiles.Select(t => horizontal ? t.Left : t.Top).ToList();
        var side = Math.Min(width, height);

        Assert.Equal(0, starts[0]);
        Assert.Equal(Math.Max(width, height), starts[^1] + side, 6);
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(side - (p.Second - p.First) >= FaceViewLayout.MinOverlap * side - 1e-9));
        Assert.All(tiles, t => Assert.Equal(side, t.Side));
    }

    [Fact]
    public void Nearly_square_frames_get_the_letterbox_only()
    {
        Assert.Empty(FaceViewLayout.Tiles(512, 512));
        Assert.Empty(FaceViewLayout.Tiles(440, 400));
        Assert.Single(FaceViewLayout.For(512, 512));
    }

    [Fact]
    public void A_box_in_a_view_maps_back_to_frame_coordinates()
    {
        var letterbox = FaceViewLayout.Letterbox(1920, 1080);
        var tile = new SquareView(840, 0, 1080);

        var centre = letterbox.ToFrame(new FaceCandidate(0.45, 0.45, 0.1, 0.1, 1), 1920, 1080);
        var inTile = tile.ToFrame(new FaceCandidate(0.5, 0.25, 0.1, 0.2, 1), 1920, 1080);

        Assert.Equal(0.45, centre.X, 9);
        Assert.Equal(((0.45 * 1920) - 420) / 1080, centre.Y, 9);
        Assert.Equal(0.1, centre.W, 9);
        Assert.Equal(0.1 * 1920 / 1080, centre.H, 9);
        Assert.Equal((840 + 540) / 1920.0, inTile.X, 9);
        Assert.Equal(0.25, inTile.Y, 9);
        Assert.Equal(108 / 1920.0, inTile.W, 9);
        Assert.Equal(0.2, inTile.H, 9);
    }
}
