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

    [Fact]
    public void Then_is_one_motion_followed_by_the_other()
    {
        var next = new CameraMotion(0.98 * Math.Cos(-0.05), 0.98 * Math.Sin(-0.05), -1.25, 4);
        var (x, y) = Sample.Apply(40, 25);
        var (twice, twiceY) = next.Apply(x, y);

        var (composed, composedY) = Sample.Then(next).Apply(40, 25);

        Assert.Equal(twice, composed, 9);
        Assert.Equal(twiceY, composedY, 9);
        Assert.Equal(CameraMotion.Identity.Then(Sample), Sample);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Downscaling_undoes_upscaling(int factor)
    {
        var back = Sample.Upscaled(factor).Downscaled(factor);

        Assert.Equal(Sample.A, back.A, 9);
        Assert.Equal(Sample.B, back.B, 9);
        Assert.Equal(Sample.Tx, back.Tx, 9);
        Assert.Equal(Sample.Ty, back.Ty, 9);
    }
}
