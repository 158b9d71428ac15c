using WebAttention.Inference.Fusion;

namespace WebAttention.Inference.Tests.Fusion;

public sealed class FusionWeightsFileTests
{
    [Fact]
    public void Embedded_weights_load_with_the_motion_note()
    {
        var (weights, document) = FusionWeightsFile.LoadEmbedded();

        Assert.Null(weights.Validate());
        Assert.Equal(1.0, weights.Motion);
        Assert.Equal(FusionWeightsFile.MotionNote, document.MotionNote);
    }

    [Fact]
    public void A_document_round_trips()
    {
        var document = new FusionWeightsDocument { Name = "x", Face = 0.5, FaceSigma = 0.3, Motion = 1, MotionNote = "n", Fit = new FusionFitRecord { TrainImages = 600, ValNssFused = 3.1 } };

        var (weights, parsed) = FusionWeightsFile.Parse(FusionWeightsFile.ToJson(document));

        Assert.Equal(new WebAttention.Pipeline.Fusion.FusionWeights(0.5, 0.3, 1), weights);
        Assert.Equal(document.Fit, parsed.Fit);
    }

    [Theory]
    [InlineData("{\"format\":\"webattention-readout\",\"formatVersion\":1}", "format must be")]
    [InlineData("{\"format\":\"webattention-fusion\",\"formatVersion\":1,\"face\":-1,\"faceSigma\":0.5}", "Face must be")]
    [InlineData("not json", "Not a fusion weight file")]
    public void Bad_files_are_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => FusionWeightsFile.Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
