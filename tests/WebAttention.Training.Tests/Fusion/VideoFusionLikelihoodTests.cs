using WebAttention.Training.Fusion;

namespace WebAttention.Training.Tests.Fusion;

public class VideoFusionLikelihoodTests
{
    [Fact]
    public void Fit_recovers_known_weights_from_samples_drawn_from_the_model()
    {
        double[] truth = [1.0, 1.5, -2.0];
        var random = new Random(7);
        var samples = new List<VideoFitSample>();
        for (var s = 0; s < 300; s++)
        {
            const int cells = 50;
            var features = new double[3][];
            for (var k = 0; k < 3; k++)
            {
                features[k] = [.. Enumerable.Range(0, cells).Select(_ => k == 0 ? Math.Log(0.05 + random.NextDouble()) : random.NextDouble())];
            }

            var logits = Enumerable.Range(0, cells).Select(i => Enumerable.Range(0, 3).Sum(k => truth[k] * features[k][i])).ToArray();
            var max = logits.Max();
            var p = logits.Select(l => Math.Exp(l - max)).ToArray();
            var z = p.Sum();
            var counts = new double[cells];
            for (var draw = 0; draw < 40; draw++)
            {
                var u = random.NextDouble() * z;
                var i = 0;
                while (i < cells - 1 && (u -= p[i]) > 0)
                {
                    i++;
                }

                counts[i]++;
            }

            samples.Add(new VideoFitSample(features, counts));
        }

        var fitted = VideoFusionLikelihood.Fit(samples, [1, 0, 0], [0, -20, -20], [20, 20, 20]);

        Assert.Equal(truth[0], fitted[0], 0.15);
        Assert.Equal(truth[1], fitted[1], 0.15);
        Assert.Equal(truth[2], fitted[2], 0.15);
        Assert.True(VideoFusionLikelihood.Mean(samples, fitted) > VideoFusionLikelihood.Mean(samples, [1, 0, 0]));
    }

    [Fact]
    public void Fixed_weights_keep_their_start_value()
    {
        var samples = new List<VideoFitSample> { new([[0, 1], [1, 0]], [3, 1]) };

        var fitted = VideoFusionLikelihood.Fit(samples, [0.5, 0], [-5, -5], [5, 5], new HashSet<int> { 0 });

        Assert.Equal(0.5, fitted[0]);
        Assert.True(fitted[1] > 0, "more gaze where feature 1 is on: its weight goes up");
    }
}
