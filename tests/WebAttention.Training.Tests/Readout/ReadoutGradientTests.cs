using WebAttention.Inference.Readout;
using WebAttention.Training.Readout;
using WebAttention.Training.Tests.Support;

namespace WebAttention.Training.Tests.Readout;

/// <summary>The analytic gradient of the softmax NLL agrees with finite differences.</summary>
public class ReadoutGradientTests
{
    private const int Channels = 4, Hidden = 3, H = 4, W = 5, PriorRows = 2, PriorCols = 3;

    [Fact]
    public void The_gradient_matches_central_finite_differences_for_every_parameter()
    {
        var parameters = RandomReadouts.Parameters(Channels, Hidden, PriorRows, PriorCols, 0.8f, seed: 11);
        var random = new Random(5);
        var features = RandomReadouts.Uniform(random, H * W * Channels, -2f, 2f);
        var counts = Enumerable.Range(0, H * W).Select(_ => (float)random.Next(0, 4)).ToArray();
        var weight = 1f / counts.Sum();

        var analytic = Gradient(parameters, features, counts, weight);

        const float step = 1e-3f;
        for (var i = 0; i < parameters.Values.Length; i++)
        {
            var plus = parameters.WithValues(parameters.Values);
            plus.Values[i] += step;
            var minus = parameters.WithValues(parameters.Values);
            minus.Values[i] -= step;
            var numeric = (Loss(plus, features, counts, weight) - Loss(minus, features, counts, weight)) / (2 * step);
            Assert.True(
                Math.Abs(numeric - analytic[i]) <= 2e-3 + (2e-2 * Math.Abs(numeric)),
                $"parameter {i}: analytic {analytic[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Blur_transpose_is_the_adjoint_of_blur()
    {
        var random = new Random(2);
        var (h, w) = (5, 7);
        var kernel = ReadoutMath.BlurKernel(1.3f);
        var a = RandomReadouts.Uniform(random, h * w, -1f, 1f);
        var b = RandomReadouts.Uniform(random, h * w, -1f, 1f);
        var blurred = new float[h * w];
        var transposed = new float[h * w];
        var scratch = new float[h * w];

        ReadoutMath.Blur(a, blurred, h, w, kernel, scratch);
        ReadoutMath.BlurTranspose(b, transposed, h, w, kernel, scratch);

        Assert.Equal(Dot(blurred, b), Dot(a, transposed), 4);
    }

    [Fact]
    public void Resize_transpose_is_the_adjoint_of_resize()
    {
        var random = new Random(4);
        var small = RandomReadouts.Uniform(random, 3 * 4, -1f, 1f);
        var large = RandomReadouts.Uniform(random, 14 * 24, -1f, 1f);
        var resized = new float[14 * 24];
        var back = new float[3 * 4];

        ReadoutMath.Resize(small, 3, 4, resized, 14, 24);
        ReadoutMath.ResizeTransposeAdd(large, 14, 24, back, 3, 4);

        Assert.Equal(Dot(resized, large), Dot(small, back), 3);
    }

    private static float[] Gradient(ReadoutParameters parameters, float[] features, float[] counts, float weight)
    {
        var gradient = new float[parameters.Values.Length];
        var priorMapGradient = new float[H * W];
        ReadoutModel.AccumulateGradient(
            parameters, features, H, W, ReadoutModel.PriorMap(parameters, H, W), ReadoutMath.BlurKernel(parameters.BlurSigma),
            counts, weight, new ReadoutWorkspace(H * W, Hidden), gradient, priorMapGradient);
        ReadoutMath.ResizeTransposeAdd(priorMapGradient, H, W, gradient.AsSpan(parameters.PriorOffset), PriorRows, PriorCols);
        return gradient;
    }

    private static double Loss(ReadoutParameters parameters, float[] features, float[] counts, float weight)
    {
        var workspace = new ReadoutWorkspace(H * W, Hidden);
        ReadoutModel.Forward(parameters, features, H, W, ReadoutModel.PriorMap(parameters, H, W), ReadoutMath.BlurKernel(parameters.BlurSigma), workspace);
        return -weight * counts.Select((c, p) => c * (double)workspace.LogDensity[p]).Sum();
    }

    private static double Dot(float[] a, float[] b) => a.Select((v, i) => (double)v * b[i]).Sum();
}
