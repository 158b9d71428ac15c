using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class MapQuantizerTests
{
    [Fact]
    public void The_frame_peak_becomes_255_and_values_scale_with_it()
    {
        Assert.Equal([0, 64, 128, 255], MapQuantizer.ToBytes([0f, 0.001f, 0.002f, 0.004f]));
    }

    [Fact]
    public void Negative_and_nan_values_become_0_and_a_map_without_a_peak_is_all_zeros()
    {
        Assert.Equal([0, 0, 255], MapQuantizer.ToBytes([-3f, float.NaN, 2f]));
        Assert.Equal([0, 0], MapQuantizer.ToBytes([0f, -1f]));
    }

    [Fact]
    public void Peak_normalising_to_unit_floats_matches_the_bytes()
    {
        var unit = new float[3];
        MapQuantizer.PeakNormalize([1f, 2f, 4f], unit);
        var back = new float[3];
        MapQuantizer.ToUnit(MapQuantizer.ToBytes([1f, 2f, 4f]), back);

        Assert.Equal([0.25f, 0.5f, 1f], unit);
        Assert.All(unit.Zip(back), pair => Assert.Equal(pair.First, pair.Second, (0.5f / 255) + 1e-6f));
    }
}
