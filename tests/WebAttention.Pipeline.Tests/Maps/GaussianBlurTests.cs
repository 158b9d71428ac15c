using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class GaussianBlurTests
{
    [Fact]
    public void The_kernel_spans_three_sigmas_is_symmetric_and_sums_to_1()
    {
        var kernel = GaussianBlur.Kernel(1.5);

        Assert.Equal(11, kernel.Length);
        Assert.Equal(1.0, kernel.Sum(), 12);
        Assert.Equal(kernel, kernel.Reverse());
    }

    [Fact]
    public void Blurring_an_impulse_gives_the_outer_product_of_the_kernel()
    {
        var impulse = new float[49];
        impulse[24] = 1;
        var blurred = new float[49];

        GaussianBlur.Apply(impulse, 7, 7, 1, blurred);

        var k = GaussianBlur.Kernel(1);
        Assert.Equal(k[3] * k[3], blurred[24], 6);
        Assert.Equal(k[2] * k[4], blurred[(2 * 7) + 4], 6);
    }
}
