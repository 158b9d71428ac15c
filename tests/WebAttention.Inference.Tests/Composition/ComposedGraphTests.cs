using Onnx;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Composition;

[Collection(ComposedModelCollection.Name)]
public class ComposedGraphTests(ComposedModelFixture fixture)
{
    [Theory]
    [InlineData(224, 224, 1)]
    [InlineData(384, 224, 1)]
    [InlineData(320, 256, 1)]
    [InlineData(384, 224, 3)]
    public void The_graph_takes_any_multiple_of_32_and_returns_a_stride_16_map(int width, int height, int count)
    {
        var rgb = SyntheticFrames.Noise(width, height * count, seed: width + height);

        var (data, shape) = ComposedModelFixture.Run(fixture.PlaceholderSession, rgb, count, width, height)[0];

        Assert.Equal(new long[] { count, 1, height / 16, width / 16 }, shape);
        Assert.Equal(count * (height / 16) * (width / 16), data.Length);
    }

    [Fact]
    public void Every_frame_of_a_batch_peaks_at_one_and_is_never_negative()
    {
        var rgb = SyntheticFrames.Noise(384, 224 * 2, seed: 7);

        var (data, _) = ComposedModelFixture.Run(fixture.PlaceholderSession, rgb, 2, 384, 224)[0];

        var cells = 24 * 14;
        Assert.All(data, v => Assert.InRange(v, 0f, 1f));
        Assert.Equal(1f, data.AsSpan(0, cells).ToArray().Max(), 5);
        Assert.Equal(1f, data.AsSpan(cells, cells).ToArray().Max(), 5);
    }

    [Theory]
    [InlineData(160, 80)] // centred patch
    [InlineData(32, 32)] // top-left quadrant: the centre prior must not win over texture
    [InlineData(288, 128)] // bottom-right
    public void A_textured_patch_on_grey_is_where_the_map_peaks(int left, int top)
    {
        const int size = 64;
        var rgb = SyntheticFrames.GreyWithCheckerPatch(384, 224, left, top, size);

        var (data, _) = ComposedModelFixture.Run(fixture.PlaceholderSession, rgb, 1, 384, 224)[0];

        var peak = Array.IndexOf(data, data.Max());
        var (cellX, cellY) = (peak % 24, peak / 24);
        // The patch covers cells [left/16, (left+size)/16); allow one cell of receptive-field spill.
        Assert.InRange(cellX, (left / 16) - 1, ((left + size) / 16) + 1);
        Assert.InRange(cellY, (top / 16) - 1, ((top + size) / 16) + 1);
    }

    [Fact]
    public void Pre_processing_in_the_graph_matches_the_csharp_reference()
    {
        const int width = 32, height = 32;
        var rgb = SyntheticFrames.Noise(width, height, seed: 42);

        var (data, shape) = ComposedModelFixture.Run(fixture.InspectionSession, rgb, 1, width, height, ResNet18Backbone.InputTensor)[0];

        Assert.Equal(new long[] { 1, 3, height, width }, shape);
        for (var c = 0; c < 3; c++)
        {
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var expected = FramePreprocessingNodes.Reference(rgb, width, x, y, c);
                    Assert.Equal(expected, data[(((c * height) + y) * width) + x], 4);
                }
            }
        }
    }

    [Fact]
    public void Inner_feature_maps_can_be_exposed_at_their_stride()
    {
        var rgb = SyntheticFrames.Noise(384, 224, seed: 1);

        var (_, shape) = ComposedModelFixture.Run(fixture.InspectionSession, rgb, 1, 384, 224, ResNet18Backbone.Features.At(16))[0];

        Assert.Equal(new long[] { 1, 256, 14, 24 }, shape);
    }

    [Fact]
    public void The_placeholder_graph_is_opset_17_with_one_uint8_input_and_no_unused_layers()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(fixture.Placeholder.ModelPath));

        Assert.Equal(OpsetUpgrade.TargetOpset, Assert.Single(model.OpsetImport).Version);
        var input = Assert.Single(model.Graph.Input);
        Assert.Equal("frames", input.Name);
        Assert.Equal((int)TensorProto.Types.DataType.Uint8, input.Type.TensorType.ElemType);
        Assert.Equal(["N", "H", "W", ""], input.Type.TensorType.Shape.Dim.Select(d => d.DimParam));
        Assert.Equal("saliency", Assert.Single(model.Graph.Output).Name);
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "AveragePool");
        Assert.DoesNotContain(model.Graph.Node, n => n.Output.Contains(ResNet18Backbone.Features.At(32)));
        Assert.DoesNotContain(model.Graph.Node.SelectMany(n => n.Attribute), a => a.Name == "spatial");
    }
}
