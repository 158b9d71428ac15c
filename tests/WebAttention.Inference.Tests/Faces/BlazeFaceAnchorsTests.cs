using WebAttention.Inference.Faces;

namespace WebAttention.Inference.Tests.Faces;

public sealed class BlazeFaceAnchorsTests
{
    [Fact]
    public void Grids_match_the_model_outputs_512_and_384_anchors()
    {
        Assert.Equal(512, BlazeFaceAnchors.Fine().Length);
        Assert.Equal(384, BlazeFaceAnchors.Coarse().Length);
    }

    [Fact]
    public void Anchors_of_a_cell_are_consecutive_at_its_centre_rows_outermost()
    {
        var fine = BlazeFaceAnchors.Fine();

        Assert.Equal(new Anchor(0.5 / 16, 0.5 / 16), fine[0]);
        Assert.Equal(fine[0], fine[1]);
        Assert.Equal(new Anchor(1.5 / 16, 0.5 / 16), fine[2]);
        Assert.Equal(new Anchor(0.5 / 16, 1.5 / 16), fine[32]);
        Assert.Equal(new Anchor(15.5 / 16, 15.5 / 16), fine[^1]);
    }

    [Fact]
    public void Coarse_grid_has_six_anchors_a_cell_on_8_by_8()
    {
        var coarse = BlazeFaceAnchors.Coarse();

        Assert.All(coarse[..6], a => Assert.Equal(new Anchor(0.5 / 8, 0.5 / 8), a));
        Assert.Equal(new Anchor(1.5 / 8, 0.5 / 8), coarse[6]);
        Assert.Equal(new Anchor(7.5 / 8, 7.5 / 8), coarse[^1]);
    }
}
