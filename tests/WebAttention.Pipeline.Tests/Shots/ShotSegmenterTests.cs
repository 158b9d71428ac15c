using WebAttention.Core.Media;
using WebAttention.Pipeline.Shots;
using WebAttention.Pipeline.Tests.Reframing;

namespace WebAttention.Pipeline.Tests.Shots;

public class ShotSegmenterTests
{
    [Fact]
    public void Cuts_become_shots_covering_every_frame()
    {
        var shots = ShotSegmenter.FromCuts([60, 25, 25, 0, 500], 100);

        Assert.Equal([new Shot(0, 0, 25), new Shot(1, 25, 35), new Shot(2, 60, 40)], shots);
    }

    [Fact]
    public void An_empty_clip_has_no_shots_and_a_clip_without_cuts_has_one()
    {
        Assert.Empty(ShotSegmenter.FromCuts([], 0));
        Assert.Equal([new Shot(0, 0, 7)], ShotSegmenter.FromCuts([], 7));
    }

    [Fact]
    public void Known_cuts_between_colours_are_found_on_their_frames()
    {
        var frames = Enumerable.Range(0, 60).Select(i => i switch
        {
            < 20 => ReframingFrames.Halves(i, (200, 30, 30), (200, 30, 30)),
            < 45 => ReframingFrames.Halves(i, (30, 200, 30), (30, 200, 30)),
            _ => ReframingFrames.Halves(i, (30, 30, 200), (30, 30, 200)),
        });

        var shots = ShotSegmenter.Detect(frames, AdaptiveCutDetector.Create());

        Assert.Equal([0L, 20L, 45L], shots.Select(s => s.FirstFrame));
    }

    [Fact]
    public void A_cut_between_similar_shots_same_colours_swapped_sides_is_caught_by_the_grid_term_only()
    {
        VideoFrameList Frames() => [.. Enumerable.Range(0, 40).Select(i => i < 20
            ? ReframingFrames.Halves(i, (220, 180, 150), (40, 60, 120))
            : ReframingFrames.Halves(i, (40, 60, 120), (220, 180, 150)))];

        Assert.Equal([0L, 20L], ShotSegmenter.Detect(Frames(), AdaptiveCutDetector.Create()).Select(s => s.FirstFrame));
        Assert.Single(ShotSegmenter.Detect(Frames(), new AdaptiveCutDetector(new ColorHistogramDistance(8))));
    }

    [Fact]
    public void Grid_distance_is_zero_for_equal_frames_and_one_for_swapped_halves()
    {
        var a = ReframingFrames.Halves(0, (255, 0, 0), (0, 0, 255));
        var b = ReframingFrames.Halves(1, (0, 0, 255), (255, 0, 0));
        var ha = new float[GridHistogram.Length(4, 4)];
        var hb = new float[ha.Length];
        GridHistogram.Compute(a.Rgb, 32, 16, 4, 4, ha);
        GridHistogram.Compute(b.Rgb, 32, 16, 4, 4, hb);

        Assert.Equal(0, GridHistogram.Distance(ha, ha, 4));
        Assert.Equal(1, GridHistogram.Distance(ha, hb, 4), 6);
    }

    private sealed class VideoFrameList : List<Core.Media.VideoFrame>;
}
