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
    public void Stored_bytes_read_back_as_the_peak_normalised_map_within_half_a_step()
    {
        var back = new float[3];
        MapQuantizer.ToUnit(MapQuantizer.ToBytes([1f, 2f, 4f]), back);

        Assert.All(back.Zip([0.25f, 0.5f, 1f]), pair => Assert.Equal(pair.Second, pair.First, (0.5f / 255) + 1e-6f));
    }
}
