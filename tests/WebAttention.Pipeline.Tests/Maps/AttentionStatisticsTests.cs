using WebAttention.Core.Saliency;
using WebAttention.Pipeline.Maps;

namespace WebAttention.Pipeline.Tests.Maps;

public class AttentionStatisticsTests
{
    [Fact]
    public void All_attention_in_one_cell_is_full_focus_centred_on_that_cell()
    {
        // 2×2, only (x=1, y=0): centre (1.5/2, 0.5/2).
        var stats = AttentionStatistics.Of([0, 255, 0, 0], 2, 2);

        Assert.Equal(1, stats.Focus, 6);
        Assert.Equal(0.75, stats.CentroidX, 6);
        Assert.Equal(0.25, stats.CentroidY, 6);
    }

    [Fact]
    public void An_even_map_has_no_focus_and_its_centre_in_the_middle()
    {
        var stats = AttentionStatistics.Of([10, 10, 10, 10, 10, 10], 3, 2);

        Assert.Equal(0, stats.Focus, 6);
        Assert.Equal(0.5, stats.CentroidX, 6);
        Assert.Equal(0.5, stats.CentroidY, 6);
    }

    [Fact]
    public void Two_equal_cells_of_four_are_half_focused()
    {
        // p = ½, ½: entropy ln 2, cells 4: 1 − ln 2 / ln 4 = ½. Cells (0,0) and (1,1): centre (0.5, 0.5).
        var stats = AttentionStatistics.Of([200, 0, 0, 200], 2, 2);

        Assert.Equal(0.5, stats.Focus, 6);
        Assert.Equal(0.5, stats.CentroidX, 6);
        Assert.Equal(0.5, stats.CentroidY, 6);
    }

    [Fact]
    public void Unequal_weights_give_the_hand_computed_entropy_and_centre()
    {
        // 2×1 with 3:1 → p = ¾, ¼. H = −(¾ ln ¾ + ¼ ln ¼) = 0.562335; focus = 1 − H / ln 2 = 0.188722.
        // centre x = (¾ · 0.5 + ¼ · 1.5) / 2 = 0.375.
        var stats = AttentionStatistics.Of([3, 1], 2, 1);

        Assert.Equal(0.188722, stats.Focus, 5);
        Assert.Equal(0.375, stats.CentroidX, 6);
        Assert.Equal(0.5, stats.CentroidY, 6);
    }

    [Fact]
    public void An_empty_map_has_no_focus_and_a_centred_centroid()
    {
        Assert.Equal(new MapStatistics(0, 0.5, 0.5), AttentionStatistics.Of(new byte[6], 3, 2));
    }

    [Fact]
    public void A_map_of_the_wrong_size_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => AttentionStatistics.Of(new byte[5], 3, 2));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 1)]
    [InlineData(2000, 1)]
    [InlineData(2001, 2)]
    [InlineData(10_000, 5)]
    [InlineData(10_001, 6)]
    public void Long_clips_are_thinned_to_at_most_2000_samples(long frames, int step)
    {
        Assert.Equal(step, AttentionStatistics.StepFor(frames));
        Assert.True(AttentionStatistics.SampleCount(frames, step) <= AttentionStatistics.MaxSamples);
    }

    [Fact]
    public async Task The_timeline_samples_every_step_frames_from_frame_zero()
    {
        // 5 frames of 2×1, thinned to 2 samples: step 3, frames 0 and 3. Frame f's peak sits at x = f mod 2.
        var index = new SaliencyIndex(1, 2, 1, 5, 25, 4, "m", "CPU", []);
        var asked = new List<long>();
        var timeline = await AttentionStatistics.TimelineAsync(
            index,
            (frame, _) =>
            {
                asked.Add(frame);
                return ValueTask.FromResult<ReadOnlyMemory<byte>>(frame % 2 == 0 ? new byte[] { 255, 0 } : new byte[] { 0, 255 });
            },
            CancellationToken.None,
            maxSamples: 2);

        Assert.Equal([0L, 3L], asked);
        Assert.Equal(3, timeline.Step);
        Assert.Equal(5, timeline.FrameCount);
        Assert.Equal(25, timeline.FrameRate);
        Assert.Equal([1f, 1f], timeline.Focus);
        Assert.Equal([0.25f, 0.75f], timeline.CentroidX);
    }
}
