using WebAttention.Inference.Fusion;
using WebAttention.Pipeline.Fusion;
using WebAttention.Training.Datasets;
using WebAttention.Training.Video;

namespace WebAttention.Training.Tests.Video;

public class VideoModelFitterTests
{
    private const int GridWidth = 6;
    private const int GridHeight = 4;
    private const int CellPixels = 10;

    [Fact]
    public void Every_video_weighs_the_same_while_a_sample_weighs_one_on_average()
    {
        var weights = VideoModelFitter.VideoWeights([1000, 100, 0]);

        Assert.Equal([0.55, 5.5, 0], weights.Select(w => Math.Round(w, 9)));
        Assert.Equal(1000 * weights[0], 100 * weights[1], 9);
        Assert.Equal(1100, (1000 * weights[0]) + (100 * weights[1]), 9);
    }

    [Fact]
    public void Weighted_samples_count_each_gaze_sample_at_its_weight()
    {
        var (video, clip) = Scene("a", frames: 3, followsModel: true);

        var samples = VideoModelFitter.Samples(video, clip, 0.2, weight: 0.25).ToList();

        Assert.Equal(3, samples.Count);
        Assert.All(samples, s => Assert.Equal(1.0, s.Total, 9));
    }

    [Fact]
    public void A_long_fit_video_does_not_outweigh_a_short_one()
    {
        // Scene a: viewers mostly on the model's peak; scene b: viewers mostly at the centre, away from the model's peak.
        // The same scene held ten times longer must give the same model, not one that follows scene a alone.
        var shortA = Scene("a", frames: 30, followsModel: true);
        var longA = Scene("a", frames: 30, followsModel: true, repeats: 10);
        var b = Scene("b", frames: 30, followsModel: false);
        var image = FusionWeightsFile.LoadEmbedded().Weights;

        var (even, _) = VideoModelFitter.Fit([shortA, b], [], image, null);
        var (heavy, record) = VideoModelFitter.Fit([longA, b], [], image, null);

        var e = VideoChannelFusion.Vector(even);
        var h = VideoChannelFusion.Vector(heavy);
        for (var k = 0; k < e.Length; k++)
        {
            Assert.True(Math.Abs(e[k] - h[k]) <= 0.01, $"weight {k}: {e[k]} with the short scene, {h[k]} with the long one");
        }

        Assert.Equal(even.CentreSigma, heavy.CentreSigma);
        Assert.Equal(even.SmoothingSeconds, heavy.SmoothingSeconds);
        Assert.Contains("each fit video weighs the same", record.Method, StringComparison.Ordinal);
    }

    // A scene on a 6×4 grid (60×40 px, 5 fps, a map every frame) of <paramref name="frames"/> frames whose model map peaks
    // at a different cell each frame; four viewers a frame: on the peak twice and at the centre once when the scene follows
    // the model, at the centre twice and on the peak once when it does not, the fourth anywhere. <paramref name="repeats"/>
    // plays the same frames again after a cut (so smoothing starts afresh): the same scene, held longer.
    private static (GazeVideo Video, RecordedClip Clip) Scene(string name, int frames, bool followsModel, int repeats = 1)
    {
        var random = new Random(name.Length + (followsModel ? 100 : 200));
        var cells = GridWidth * GridHeight;
        var maps = new List<float[]>();
        var looks = new List<int[]>();
        const int Centre = (2 * GridWidth) + 3;
        for (var f = 0; f < frames; f++)
        {
            var peak = random.Next(cells);
            var model = new float[cells];
            for (var i = 0; i < cells; i++)
            {
                model[i] = (float)(0.05 + (0.3 * random.NextDouble()) + (i == peak ? 1 : 0));
            }

            maps.Add(model);
            looks.Add(followsModel ? [peak, peak, Centre, random.Next(cells)] : [Centre, Centre, peak, random.Next(cells)]);
        }

        var channels = new List<VideoChannels>();
        var gaze = new List<GazeSample>();
        for (var r = 0; r < repeats; r++)
        {
            for (var f = 0; f < frames; f++)
            {
                var frame = (r * frames) + f;
                channels.Add(new VideoChannels(frame, GridWidth, GridHeight, maps[f], [], [], []));
                gaze.AddRange(looks[f].Select((c, s) => new GazeSample(frame, s, ((c % GridWidth) + 0.5) * CellPixels, ((c / GridWidth) + 0.5) * CellPixels)));
            }
        }

        var cuts = Enumerable.Range(1, repeats - 1).Select(r => (long)r * frames).ToList();
        return (
            new GazeVideo(name, name + ".mp4", gaze),
            new RecordedClip(name, GridWidth * CellPixels, GridHeight * CellPixels, 5, frames * repeats, 5, cuts, channels, []));
    }
}
