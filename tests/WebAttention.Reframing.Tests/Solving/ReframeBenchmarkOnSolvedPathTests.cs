using WebAttention.Core.Media;
using WebAttention.Core.Reframing;
using WebAttention.Core.Saliency;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;
using WebAttention.Reframing.Tests.Support;
using WebAttention.Pipeline.Shots;

namespace WebAttention.Reframing.Tests.Solving;

public class ReframeBenchmarkOnSolvedPathTests
{
    [Fact]
    public void The_solved_path_beats_the_centre_crop_on_saliency_and_the_greedy_window_on_jerk()
    {
        // A blob wandering across a 64x36 map with per-frame jitter, over a 1280x720 source.
        var random = new Random(3);
        var maps = Enumerable.Range(0, 120)
            .Select(i => Blob(i, 64, 36, 32 + (22 * Math.Sin(i / 20.0)) + random.Next(-2, 3), 18))
            .ToList();

        var path = Glop.Reframer.Reframe(maps, ShotSegmenter.FromCuts([], 120), null, new FrameSize(1280, 720), 30, new ReframeRequest(AspectRatio.Portrait9x16));
        var result = ReframeBenchmark.Run(path, maps);

        Assert.True(result.Path.SaliencyShare > result.CentreCrop.SaliencyShare + 0.2, $"{result}");
        Assert.True(result.Path.SaliencyShare > 0.8, $"{result}");
        Assert.True(result.Path.Jerk < result.Greedy.Jerk / 2, $"{result}");
    }

    private static SaliencyMap Blob(long frame, int width, int height, double cx, double cy)
    {
        var values = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var d2 = ((x + 0.5 - cx) * (x + 0.5 - cx)) + ((y + 0.5 - cy) * (y + 0.5 - cy));
                values[(y * width) + x] = (float)Math.Exp(-d2 / 8);
            }
        }

        return new SaliencyMap(frame, width, height, values);
    }
}
