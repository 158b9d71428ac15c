using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using WebAttention.Inference.Readout;
using WebAttention.Training.Readout;
using WebAttention.Training.Tests.Support;

namespace WebAttention.Training.Tests.Readout;

/// <summary>The readout's ONNX nodes compute what the C# training code computes.</summary>
public class ReadoutGraphTests
{
    [Theory]
    [InlineData(18, 24, 1.0f, 6, 8)]
    [InlineData(14, 24, 1.0f, 6, 8)] // 16:9 input: the prior is resized to a shape it was not trained at
    [InlineData(5, 7, 0.8f, 3, 4)]
    [InlineData(9, 12, 0f, 9, 12)] // no blur, prior at native size
    [InlineData(3, 3, 2.0f, 2, 2)] // blur wider than the map
    public void The_onnx_readout_matches_the_csharp_readout(int h, int w, float sigma, int priorRows, int priorCols)
    {
        const int channels = 11, hidden = 4, batch = 2;
        var parameters = RandomReadouts.Parameters(channels, hidden, priorRows, priorCols, sigma, seed: h * 100 + w);
        var features = RandomReadouts.Uniform(new Random(7), batch * channels * h * w, 0f, 3f);

        var (saliency, logDensity) = RunOnnx(parameters, features, batch, h, w);

        for (var n = 0; n < batch; n++)
        {
            var image = features.AsSpan(n * channels * h * w, channels * h * w);
            var expected = ReadoutModel.LogDensity(parameters, ReadoutModel.ToCellMajor(image, channels, h * w), h, w);
            var peak = expected.Max();
            for (var p = 0; p < h * w; p++)
            {
                Assert.Equal(expected[p], logDensity[(n * h * w) + p], 1e-4);
                Assert.Equal(MathF.Exp(expected[p] - peak), saliency[(n * h * w) + p], 1e-4);
            }
        }
    }

    [Fact]
    public void The_probability_over_cells_sums_to_one_and_the_map_peaks_at_one()
    {
        const int channels = 5, h = 6, w = 8;
        var parameters = RandomReadouts.Parameters(channels, 3, 2, 3, 1f, seed: 3);
        var features = RandomReadouts.Uniform(new Random(1), channels * h * w, 0f, 1f);

        var (saliency, logDensity) = RunOnnx(parameters, features, 1, h, w);

        Assert.Equal(1.0, logDensity.Sum(v => Math.Exp(v)), 1e-5);
        Assert.Equal(1f, saliency.Max(), 6);
    }

    private static (float[] Saliency, float[] LogDensity) RunOnnx(ReadoutParameters parameters, float[] features, int batch, int h, int w)
    {
        using var session = new InferenceSession(ReadoutGraph.Standalone(parameters).ToByteArray());
        using var input = OrtValue.CreateTensorValueFromMemory(features, [batch, parameters.Channels, h, w]);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, ["features"], [input], ["saliency", "log_density"]);
        Assert.Equal(new long[] { batch, 1, h, w }, results[0].GetTensorTypeAndShape().Shape);
        return (results[0].GetTensorDataAsSpan<float>().ToArray(), results[1].GetTensorDataAsSpan<float>().ToArray());
    }
}
