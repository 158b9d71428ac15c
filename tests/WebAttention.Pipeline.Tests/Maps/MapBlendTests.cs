using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class MapBlendTests
{
    [Fact]
    public void Lerp_is_exact_at_the_ends_and_the_midpoint()
    {
        float[] a = [0.1f, 2, 8];
        float[] b = [0.7f, 6, 0];
        var result = new float[3];

        MapBlend.Lerp(a, b, 0, result);
        Assert.Equal(a, result);
        MapBlend.Lerp(a, b, 1, result);
        Assert.Equal(b, result);
        MapBlend.Lerp([0, 2, 8], [1, 6, 0], 0.5f, result);
        Assert.Equal([0.5f, 4, 4], result);
    }

    [Fact]
    public void Ema_weighs_the_newest_map_by_alpha_in_place()
    {
        float[] average = [100, 0];

        MapBlend.Ema(average, [0, 100], 0.25f, average);

        Assert.Equal([75f, 25f], average);
    }

    [Fact]
    public void Mismatched_lengths_and_bad_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => MapBlend.Lerp([1], [1, 2], 0.5f, new float[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MapBlend.Lerp([1], [1], 1.5f, new float[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MapBlend.Ema([1], [1], 0f, new float[1]));
    }
}
