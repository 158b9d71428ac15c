using WebAttention.Inference.Fusion;

namespace WebAttention.Inference.Tests.Fusion;

/// <summary>The video model's weights the server runs: embedded in this assembly and valid.</summary>
public sealed class VideoFusionWeightsFileTests
{
    [Fact]
    public void The_committed_video_weights_parse_and_validate()
    {
        var document = VideoFusionWeightsFile.LoadEmbedded();

        Assert.Equal(VideoFusionWeightsFile.DefaultName, document.Name);
        Assert.Null(document.Weights.Validate());
        Assert.Throws<InvalidDataException>(() => VideoFusionWeightsFile.Parse("{\"format\":\"other\"}"));
    }
}
