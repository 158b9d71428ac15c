using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class FaceDetectionsTests
{
    [Fact]
    public void The_same_face_seen_in_two_views_becomes_one_frame_box()
    {
        var (width, height) = (1920, 1080);
        var letterbox = FaceViewLayout.Letterbox(width, height);
        var tile = new SquareView(0, 0, 1080);
        // A 108 px face at (540, 540)–(648, 648) in the frame, as each view sees it.
        var inLetterbox = new FaceCandidate(540 / 1920.0, (540 + 420) / 1920.0, 108 / 1920.0, 108 / 1920.0, 0.8);
        var inTile = new FaceCandidate(0.5, 0.5, 0.1, 0.1, 0.9);

        var faces = FaceDetections.Merge(7, width, height, [(letterbox, [inLetterbox]), (tile, [inTile])], 0.3);

        var face = Assert.Single(faces);
        Assert.Equal(7, face.Frame);
        Assert.Equal(540 / 1920.0, face.X, 9);
        Assert.Equal(0.5, face.Y, 9);
        Assert.Equal(0.9, face.Score);
    }

    [Fact]
    public void Boxes_centred_in_the_letterbox_padding_are_dropped_and_edges_clipped()
    {
        var letterbox = FaceViewLayout.Letterbox(200, 100);
        var inPadding = new FaceCandidate(0.4, 0.05, 0.1, 0.1, 0.9); // centre y 0.1 of 200 px = 20 px, above the frame (starts at 50)
        var overEdge = new FaceCandidate(0.92, 0.5, 0.1, 0.1, 0.9);

        var faces = FaceDetections.Merge(0, 200, 100, [(letterbox, [inPadding, overEdge])], 0.3);

        var face = Assert.Single(faces);
        Assert.Equal(1.0, face.X + face.W, 9);
    }

    [Fact]
    public void Boxes_smaller_than_the_minimum_side_in_frame_pixels_are_dropped()
    {
        var tile = new SquareView(0, 0, 100);
        var tiny = new FaceCandidate(0.1, 0.1, 0.05, 0.05, 0.9); // 5 px
        var real = new FaceCandidate(0.5, 0.5, 0.2, 0.2, 0.8); // 20 px

        var faces = FaceDetections.Merge(0, 200, 100, [(tile, [tiny, real])], 0.3, minSidePixels: 10);

        Assert.Equal(0.8, Assert.Single(faces).Score);
    }
}
