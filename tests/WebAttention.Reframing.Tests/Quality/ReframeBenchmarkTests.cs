using WebAttention.Core.Reframing;
using WebAttention.Reframing.Model;
using WebAttention.Reframing.Quality;
using WebAttention.Reframing.Tests.Support;

namespace WebAttention.Reframing.Tests.Quality;

public class ReframeBenchmarkTests
{
    private static CropPath PathOf(IReadOnlyList<CropWindow> windows) => new()
    {
        Aspect = AspectRatio.Portrait9x16,
        SourceWidth = 640,
        SourceHeight = 360,
        FrameRate = 30,
        Weights = PathWeights.For(MotionPreset.Default),
        Shots = [new ShotPlan(0, 0, windows.Count, CameraMode.Track, 202, 360, false)],
        Frames = windows,
        Focus = [.. windows.Select((w, i) => new FrameFocus(i, w.CenterX, w.CenterY, 1))],
    };

    [Fact]
    public void A_window_on_the_blob_holds_most_of_its_mass_and_the_centre_crop_misses_it()
    {
        // Blob at the left quarter of a 64x36 map over a 640x360 frame.
        var maps = Enumerable.Range(0, 30).Select(i => ReframingFrames.Blob(i, 64, 36, 16, 18)).ToList();
        var path = PathOf([.. Enumerable.Repeat(new CropWindow(59, 0, 202, 360), 30)]);

        var result = ReframeBenchmark.Run(path, maps);

        Assert.True(result.Path.SaliencyShare > 0.95);
        Assert.True(result.CentreCrop.SaliencyShare < 0.05);
        Assert.True(result.Greedy.SaliencyShare > 0.95);
        Assert.Equal(0, result.Path.Jerk);
        Assert.Equal(0, result.Path.CutsPerMinute);
    }

    [Fact]
    public void Greedy_windows_that_jump_with_the_map_count_as_cuts_and_jerk()
    {
        var maps = Enumerable.Range(0, 60).Select(i => ReframingFrames.Blob(i, 64, 36, i % 2 == 0 ? 10 : 54, 18)).ToList();
        var path = PathOf([.. Enumerable.Repeat(new CropWindow(219, 0, 202, 360), 60)]);

        var result = ReframeBenchmark.Run(path, maps);

        Assert.Equal(59 * 30, result.Greedy.CutsPerMinute, 6);
        Assert.True(result.Greedy.Jerk > 100);
        Assert.Equal(0, result.Path.CutsPerMinute);
    }

    [Fact]
    public void Window_mass_counts_map_pixels_whose_centres_fall_inside()
    {
        var map = new Core.Saliency.SaliencyMap(0, 4, 1, [1, 1, 1, 1]);

        Assert.Equal(0.5, WindowMass.Share(map, new CropWindow(0, 0, 200, 100), 400, 100));
        Assert.True(double.IsNaN(WindowMass.Share(map with { Values = new float[4] }, new CropWindow(0, 0, 200, 100), 400, 100)));
    }
}
