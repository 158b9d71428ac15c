using WebAttention.Pipeline.Motion;

namespace WebAttention.Pipeline.Tests.Motion;

public class CameraMotionTests
{
    private static readonly CameraMotion Sample = new(1.05 * Math.Cos(0.1), 1.05 * Math.Sin(0.1), 3.5, -2);

    [Fact]
    public void The_inverse_takes_points_back()
    {
        var (x, y) = Sample.Apply(40, 25);
        var (bx, by) = Sample.Inverse().Apply(x, y);

        Assert.Equal(40, bx, 9);
        Assert.Equal(25, by, 9);
        Assert.Equal(1.05, Sample.Scale, 9);
        Assert.Equal(0.1, Sample.Rotation, 9);
    }

    [Fact]
    public void Upscaling_moves_the_same_content_in_the_larger_pixels()
    {
        const int factor = 3;
        var large = Sample.Upscaled(factor);
        var (wx, wy) = Sample.Apply(10, 7);

        // Working pixel (10, 7) is centred on large pixel (31, 22).
        var (lx, ly) = large.Apply(factor * 10 + 1, factor * 7 + 1);

        Assert.Equal(factor * wx + 1, lx, 9);
        Assert.Equal(factor * wy + 1, ly, 9);
    }
}
