using WebAttention.Pipeline.Fusion;

namespace WebAttention.Pipeline.Tests.Fusion;

public class ChannelFusionTests
{
    [Fact]
    public void Fusion_multiplies_the_model_by_the_exponentiated_channels_and_normalises_the_peak()
    {
        float[] model = [1f, 0.5f, 0.25f, 0f];
        float[] face = [0f, 1f, 0f, 1f];
        float[] motion = [0f, 0f, 1f, 0f];
        var output = new float[4];

        ChannelFusion.Fuse(model, face, motion, new FusionWeights(Face: Math.Log(4), FaceSigma: 0.5, Motion: Math.Log(2)), output);

        // Unnormalised: 1, 0.5×4 = 2, 0.25×2 = 0.5, 0 → peak 2.
        Assert.Equal([0.5f, 1f, 0.25f, 0f], output.Select(v => MathF.Round(v, 5)));
    }

    [Fact]
    public void Absent_channels_or_zero_weights_leave_the_model_map_peak_normalised()
    {
        float[] model = [2f, 1f, float.NaN, -1f];
        var absent = new float[4];
        var zero = new float[4];

        ChannelFusion.Fuse(model, [], [], new FusionWeights(3, 0.5, 3), absent);
        ChannelFusion.Fuse(model, [1f, 1f, 1f, 1f], [1f, 0f, 0f, 0f], FusionWeights.ModelOnly, zero);

        Assert.Equal([1f, 0.5f, 0f, 0f], absent);
        Assert.Equal([1f, 0.5f, 0f, 0f], zero);
    }

    [Fact]
    public void Channels_of_another_size_are_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            ChannelFusion.Fuse(new float[4], new float[3], [], FusionWeights.ModelOnly, new float[4]));
        Assert.Throws<ArgumentException>(() =>
            ChannelFusion.Fuse(new float[4], [], [], FusionWeights.ModelOnly, new float[3]));
    }

    [Theory]
    [InlineData(-1, 0.5, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, 0.5, double.NaN)]
    [InlineData(21, 0.5, 0)]
    public void Invalid_weights_say_what_is_wrong(double face, double sigma, double motion)
    {
        Assert.NotNull(new FusionWeights(face, sigma, motion).Validate());
    }
}
