using WebAttention.Core.Media;
using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Tests.Fusion;

public class FaceBlobsTests
{
    [Fact]
    public void A_face_peaks_at_its_centre_with_its_score_and_falls_off_as_a_gaussian()
    {
        // A 10×10 grid; a box 0.2 wide centred on cell (5, 5)'s lower-left corner → centre at (5.0, 5.0) in cells.
        var map = new float[100];
        FaceBlobs.Render([new FaceBox(0, 0.4, 0.4, 0.2, 0.2, 0.8)], 10, 10, sigma: 0.5, map);

        // σ = 0.5 × 0.2 × 10 = 1 cell; cell (4,4)'s centre is 0.5 cells from the blob centre on each axis.
        var expected = 0.8 * Math.Exp(-0.5 * ((0.5 * 0.5) + (0.5 * 0.5)));
        Assert.Equal(expected, map[(4 * 10) + 4], 5);
        Assert.Equal(expected, map[(5 * 10) + 5], 5);
        var oneFurther = 0.8 * Math.Exp(-0.5 * ((1.5 * 1.5) + (0.5 * 0.5)));
        Assert.Equal(oneFurther, map[(4 * 10) + 6], 5);
        Assert.Equal(0f, map[0]); // beyond 3σ
    }

    [Fact]
    public void Overlapping_faces_keep_the_larger_value_so_the_map_stays_within_one()
    {
        var map = new float[16];
        FaceBox face = new(0, 0.25, 0.25, 0.5, 0.5, 1.0);
        FaceBlobs.Render([face, face with { Score = 0.5 }, face], 4, 4, 1, map);

        Assert.All(map, v => Assert.InRange(v, 0f, 1f));
        var single = new float[16];
        FaceBlobs.Render([face], 4, 4, 1, single);
        Assert.Equal(single, map);
    }

    [Fact]
    public void No_faces_clear_the_destination()
    {
        float[] map = [1, 2, 3, 4];
        FaceBlobs.Render([], 2, 2, 0.5, map);

        Assert.Equal([0f, 0f, 0f, 0f], map);
    }

    [Fact]
    public void A_face_outside_the_frame_or_without_confidence_draws_nothing_and_bad_sizes_are_refused()
    {
        var map = new float[16];
        FaceBlobs.Render([new FaceBox(0, 3, 3, 0.1, 0.1, 1), new FaceBox(0, 0.4, 0.4, 0.2, 0.2, 0)], 4, 4, 0.5, map);

        Assert.All(map, v => Assert.Equal(0f, v));
        Assert.Throws<ArgumentException>(() => FaceBlobs.Render([], 4, 4, 0.5, new float[15]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaceBlobs.Render([], 0, 4, 0.5, map));
        Assert.Throws<ArgumentOutOfRangeException>(() => FaceBlobs.Render([], 4, 4, 0, map));
    }
}
