using WebAttention.Core.Media;
using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Training.Fusion;

namespace WebAttention.Training.Tests.Fusion;

public sealed class FusionLikelihoodTests
{
    private const int Cols = 16;
    private const int Rows = 12;

    [Fact]
    public void Without_faces_the_likelihood_is_the_models_own_distribution()
    {
        var sample = Sample([new FaceBox(0, 0.1, 0.1, 0.2, 0.2, 1)], weight: 0, sigma: 0.5, fixations: 100);
        var total = sample.Model.Sum(v => (double)v);
        var expected = sample.Counts.Select((c, i) => c * Math.Log(sample.Model[i] / total)).Sum();

        var (ll, _, _) = FusionLikelihood.Evaluate(sample, [], 3);

        Assert.Equal(expected, ll, 6);
    }

    [Fact]
    public void Gradient_and_curvature_match_finite_differences()
    {
        var sample = Sample([new FaceBox(0, 0.5, 0.2, 0.2, 0.3, 0.9)], weight: 1.5, sigma: 0.6, fixations: 50);
        var face = FusionLikelihood.FaceMap(sample, 0.6);
        const double h = 1e-4;

        var (_, gradient, curvature) = FusionLikelihood.Evaluate(sample, face, 0.8);
        var up = FusionLikelihood.Evaluate(sample, face, 0.8 + h);
        var down = FusionLikelihood.Evaluate(sample, face, 0.8 - h);

        Assert.Equal((up.LogLikelihood - down.LogLikelihood) / (2 * h), gradient, 4);
        Assert.Equal((up.Gradient - down.Gradient) / (2 * h), curvature, 3);
        Assert.True(curvature < 0);
    }

    [Fact]
    public void Fixations_spread_as_the_fused_map_give_back_its_weight()
    {
        List<FusionSample> samples =
        [
            Sample([new FaceBox(0, 0.1, 0.1, 0.2, 0.25, 1)], weight: 2.3, sigma: 0.5, fixations: 200),
            Sample([new FaceBox(0, 0.6, 0.4, 0.15, 0.2, 0.8)], weight: 2.3, sigma: 0.5, fixations: 300),
            Sample([], weight: 2.3, sigma: 0.5, fixations: 100),
        ];

        var (weight, _) = FusionLikelihood.FitWeight(samples, 0.5);

        Assert.Equal(2.3, weight, 3);
    }

    [Fact]
    public void Fit_recovers_weight_and_blob_width()
    {
        List<FusionSample> samples =
        [
            Sample([new FaceBox(0, 0.1, 0.1, 0.3, 0.4, 1)], weight: 1.7, sigma: 0.8, fixations: 200),
            Sample([new FaceBox(0, 0.55, 0.3, 0.3, 0.4, 0.9)], weight: 1.7, sigma: 0.8, fixations: 300),
        ];

        var (weight, sigma, ll) = FusionLikelihood.Fit(samples, [0.25, 0.5, 1.0, 2.0]);

        Assert.Equal(0.8, sigma, 1);
        Assert.Equal(1.7, weight, 1);
        Assert.True(ll > FusionLikelihood.Mean(samples, 0, 0.8));
    }

    [Fact]
    public void Faces_that_draw_no_more_looks_than_the_model_get_weight_zero()
    {
        List<FusionSample> samples = [Sample([new FaceBox(0, 0.3, 0.3, 0.2, 0.2, 1)], weight: 0, sigma: 0.5, fixations: 100)];

        // Fixations follow the model alone, slightly avoiding the face: the constrained optimum is w = 0.
        var face = FusionLikelihood.FaceMap(samples[0], 0.5);
        for (var i = 0; i < face.Length; i++)
        {
            samples[0].Counts[i] *= 1 - (0.5f * face[i]);
        }

        Assert.Equal(0, FusionLikelihood.FitWeight(samples, 0.5).Weight, 6);
    }

    // A smooth model map and "fixations" exactly proportional to the fused distribution (expected counts).
    private static FusionSample Sample(IReadOnlyList<FaceBox> faces, double weight, double sigma, double fixations)
    {
        var model = new float[Cols * Rows];
        for (var y = 0; y < Rows; y++)
        {
            for (var x = 0; x < Cols; x++)
            {
                model[(y * Cols) + x] = (float)Math.Exp(-(Math.Pow((x - 7.5) / 5, 2) + Math.Pow((y - 5.5) / 4, 2)));
            }
        }

        var face = new float[model.Length];
        FaceBlobs.Render(faces, Cols, Rows, sigma, face);
        var fused = model.Select((m, i) => m * Math.Exp(weight * face[i])).ToArray();
        var z = fused.Sum();
        var counts = fused.Select(p => (float)(fixations * p / z)).ToArray();
        return new FusionSample(Cols, Rows, model, counts, faces);
    }
}
