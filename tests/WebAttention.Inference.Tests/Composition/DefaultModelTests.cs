using Onnx;
using WebAttention.Inference.Composition;
using WebAttention.Inference.Readout;
using WebAttention.Inference.Tests.Support;

namespace WebAttention.Inference.Tests.Composition;

/// <summary>The trained default model: ResNet18 + readout-v1 in one graph.</summary>
[Collection(ComposedModelCollection.Name)]
public class DefaultModelTests(ComposedModelFixture fixture)
{
    [Theory]
    [InlineData(384, 224, 1)]
    [InlineData(384, 288, 2)]
    [InlineData(224, 384, 1)]
    [InlineData(64, 64, 1)]
    [InlineData(640, 352, 1)]
    public void The_default_graph_runs_at_any_multiple_of_32_and_each_frame_peaks_at_one(int width, int height, int count)
    {
        var rgb = SyntheticFrames.Noise(width, height * count, seed: width - height);

        var (data, shape) = ComposedModelFixture.Run(fixture.DefaultSession, rgb, count, width, height)[0];

        var cells = (height / 16) * (width / 16);
        Assert.Equal(new long[] { count, 1, height / 16, width / 16 }, shape);
        Assert.All(data, v => Assert.InRange(v, 0f, 1f));
        for (var n = 0; n < count; n++)
        {
            Assert.Equal(1f, data.AsSpan(n * cells, cells).ToArray().Max(), 5);
        }
    }

    [Fact]
    public void The_default_graph_reads_layer2_layer3_and_layer4_and_has_one_uint8_input()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(fixture.Default.ModelPath));

        Assert.Equal(OpsetUpgrade.TargetOpset, Assert.Single(model.OpsetImport).Version);
        Assert.Equal("frames", Assert.Single(model.Graph.Input).Name);
        Assert.Equal("saliency", Assert.Single(model.Graph.Output).Name);
        var produced = model.Graph.Node.SelectMany(n => n.Output).ToHashSet();
        Assert.All(ResNet18Backbone.Features.TensorByStride.Values, t => Assert.Contains(t, produced));
        Assert.Contains(TrainedReadoutHead.FeatureStackTensor, produced);
        Assert.DoesNotContain(TrainedReadoutHead.LogDensityTensor, produced); // pruned: nothing reads it
    }

    [Fact]
    public void The_manifest_names_the_trained_model_its_licence_and_the_osie_credit()
    {
        var manifest = fixture.Default.Manifest;

        Assert.Equal(ModelBuilder.DefaultModelName, manifest.Name);
        Assert.Equal(ModelBuilder.DefaultModelVersion, manifest.Version);
        Assert.Equal(16, manifest.OutputScale);
        Assert.Contains("OSIE", manifest.Licence, StringComparison.Ordinal);
        Assert.Contains(manifest.Credits, c => c.Contains("Predicting human gaze beyond pixels", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_weight_file_loads_with_its_training_record()
    {
        var (parameters, document) = ReadoutWeightsFile.LoadEmbedded(ModelBuilder.DefaultWeightsFile);

        Assert.Equal("readout-v1", document.Name);
        Assert.Equal(896, parameters.Channels);
        Assert.Equal([8, 16, 32], document.FeatureStrides);
        var training = Assert.IsType<TrainingRecord>(document.Training);
        Assert.Equal((600, 100), (training.TrainImages, training.ValImages));
        Assert.True(training.ValNll < training.UniformNll);
        Assert.True(training.ValNss >= 2.4, $"val NSS {training.ValNss}");
        Assert.Contains("Journal of Vision", training.DatasetCredit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_weight_file_survives_a_write_and_read_round_trip()
    {
        var (parameters, document) = ReadoutWeightsFile.LoadEmbedded(ModelBuilder.DefaultWeightsFile);

        var json = ReadoutWeightsFile.ToJson(parameters, document.Name, document.Backbone, document.FeatureStrides, document.GridStride, document.Training);
        var (again, _) = ReadoutWeightsFile.Parse(json);

        Assert.Equal(parameters.Values, again.Values);
        Assert.Equal(parameters.FeatureScale, again.FeatureScale);
    }

    [Fact]
    public void A_weight_file_with_wrong_lengths_is_refused()
    {
        var (parameters, document) = ReadoutWeightsFile.LoadEmbedded(ModelBuilder.DefaultWeightsFile);
        var json = ReadoutWeightsFile.ToJson(parameters, document.Name, document.Backbone, document.FeatureStrides, document.GridStride, null)
            .Replace("\"hidden\": 16", "\"hidden\": 15", StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => ReadoutWeightsFile.Parse(json));
    }
}
